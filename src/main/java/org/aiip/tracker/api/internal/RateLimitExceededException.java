package org.aiip.tracker.api.internal;

/** A caller used up its requests for now; answered with 429 and Retry-After. */
class RateLimitExceededException extends RuntimeException {

    private final long retryAfterSeconds;

    private final long limit;

    private final long periodSeconds;

    RateLimitExceededException(long retryAfterSeconds, long limit, long periodSeconds) {
        super("Rate limit of " + limit + " requests per " + periodSeconds + " s exceeded");
        this.retryAfterSeconds = retryAfterSeconds;
        this.limit = limit;
        this.periodSeconds = periodSeconds;
    }

    long retryAfterSeconds() {
        return this.retryAfterSeconds;
    }

    long limit() {
        return this.limit;
    }

    long periodSeconds() {
        return this.periodSeconds;
    }

}

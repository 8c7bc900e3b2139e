package org.aiip.tracker.account.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Requests with a bearer token that does not work, limited per client address with a Bucket4j token
 * bucket in this instance's memory (like the API's rate limit): {@code tracker.api.invalid-token.limit}
 * (10) a {@code .period} (minute). Over it, every request from the address that carries a token is
 * answered 429 without looking the token up, until the bucket refills. And the security log's lines
 * about refused tokens are limited too ({@code .log-limit}, 20 a minute for the instance), so that a
 * flood of bad tokens cannot flood the log; the lines left out are counted and the count is written
 * with the next line.
 */
@Component
class InvalidTokenLimiter {

    private static final int MAX_ADDRESSES = 100_000;

    private final int limit;

    private final Duration period;

    private final Cache<String, Bucket> addresses;

    private final Bucket logLines;

    private final AtomicLong suppressed = new AtomicLong();

    InvalidTokenLimiter(@Value("${tracker.api.invalid-token.limit:10}") int limit,
            @Value("${tracker.api.invalid-token.period:PT1M}") Duration period,
            @Value("${tracker.api.invalid-token.log-limit:20}") int logLimit) {
        this.limit = limit;
        this.period = period;
        this.addresses = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MAX_ADDRESSES).build();
        this.logLines = Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(logLimit).refillGreedy(logLimit, Duration.ofMinutes(1)).build())
            .build();
    }

    /** Seconds until the address may send a token again, or 0 when it may now. */
    long waitFor(String address) {
        Bucket bucket = this.addresses.getIfPresent(address);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1);
    }

    /** Counts a request from the address whose token did not work. */
    void failed(String address) {
        this.addresses.get(address, key -> Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(this.limit).refillGreedy(this.limit, this.period).build())
            .build()).tryConsume(1);
    }

    /**
     * Whether a refusal may be written to the log now; -1 if not (it is counted), otherwise how many
     * were left out since the last line written.
     */
    long logLine() {
        if (this.logLines.tryConsume(1)) {
            return this.suppressed.getAndSet(0);
        }
        this.suppressed.incrementAndGet();
        return -1;
    }

}

package org.aiip.tracker.api.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits API calls with a token bucket (Bucket4j) per client address for anonymous callers and per
 * account for signed-in ones or token holders. Every answer says how many calls remain; a caller over
 * the limit gets 429 with Retry-After. The buckets live in this instance's memory; one not used for a
 * whole period is full again anyway, so it is forgotten.
 */
@Component
class RateLimitInterceptor implements HandlerInterceptor {

    static final String LIMIT_HEADER = "X-RateLimit-Limit";

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    /** More addresses than this within one period and the least recently seen are forgotten first. */
    private static final int MAX_CALLERS = 100_000;

    private final RateLimitProperties properties;

    private final Cache<String, Bucket> buckets;

    RateLimitInterceptor(RateLimitProperties properties) {
        this.properties = properties;
        this.buckets = Caffeine.newBuilder()
            .expireAfterAccess(properties.period())
            .maximumSize(MAX_CALLERS)
            .build();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!this.properties.enabled()) {
            return true;
        }
        Optional<TrackerUser> user = CurrentUser.get();
        int limit = user.isPresent() ? this.properties.authenticated() : this.properties.anonymous();
        if (limit <= 0) {
            return true;
        }
        String caller = user.map(u -> "account:" + u.id()).orElseGet(() -> "address:" + request.getRemoteAddr());
        ConsumptionProbe probe = this.buckets.get(caller, key -> bucket(limit)).tryConsumeAndReturnRemaining(1);
        response.setHeader(LIMIT_HEADER, Integer.toString(limit));
        response.setHeader(REMAINING_HEADER, Long.toString(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() - 1) + 1);
            throw new RateLimitExceededException(retryAfter, limit, this.properties.period().toSeconds());
        }
        return true;
    }

    private Bucket bucket(int limit) {
        Duration period = this.properties.period();
        return Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build())
            .build();
    }

}

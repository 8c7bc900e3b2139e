package org.aiip.tracker.system;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Bounds the expensive downloads (the filing exports): per caller (the account when signed in, the
 * client address otherwise) at most {@code tracker.export.limit.anonymous} (10) or
 * {@code .signed-in} (60) a {@code .period} (hour), one at a time, and at most
 * {@code tracker.export.max-running} (3) at once on this instance. A refused download is answered 429
 * with Retry-After (the site's error page). Counted in this instance's memory with Bucket4j token
 * buckets, like the API's rate limit.
 */
@Component
public class DownloadLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(DownloadLimiter.class);

    /** When the caller already runs one, or all slots are taken: try again in a little while. */
    private static final long BUSY_RETRY_SECONDS = 10;

    private final int anonymous;

    private final int signedIn;

    private final Duration period;

    private final Semaphore slots;

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    private final Cache<String, Bucket> buckets;

    DownloadLimiter(@Value("${tracker.export.limit.anonymous:10}") int anonymous,
            @Value("${tracker.export.limit.signed-in:60}") int signedIn,
            @Value("${tracker.export.limit.period:PT1H}") Duration period,
            @Value("${tracker.export.max-running:3}") int maxRunning) {
        this.anonymous = anonymous;
        this.signedIn = signedIn;
        this.period = period;
        this.slots = new Semaphore(maxRunning);
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(100_000).build();
    }

    /** Something written into the response, which may fail with an I/O error. */
    @FunctionalInterface
    public interface Download {

        void write() throws IOException;

    }

    /** Runs the download if the caller may start one now; otherwise answers 429 with Retry-After. */
    public void run(HttpServletRequest request, HttpServletResponse response, Download download) throws IOException {
        Principal principal = request.getUserPrincipal();
        String caller = principal != null ? "account:" + principal.getName() : "address:" + request.getRemoteAddr();
        long wait = start(caller, principal != null);
        if (wait > 0) {
            LOG.info("Download refused for {} (retry after {} s): {}", caller, wait, request.getRequestURI());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        try {
            download.write();
        }
        finally {
            finish(caller);
        }
    }

    /** Takes a slot and one of the caller's downloads; 0 when taken, else seconds to wait. */
    long start(String caller, boolean signedInCaller) {
        if (!this.running.add(caller)) {
            return BUSY_RETRY_SECONDS;
        }
        if (!this.slots.tryAcquire()) {
            this.running.remove(caller);
            return BUSY_RETRY_SECONDS;
        }
        int limit = signedInCaller ? this.signedIn : this.anonymous;
        ConsumptionProbe probe = this.buckets.get(caller, key -> Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, this.period).build())
            .build()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            finish(caller);
            return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        }
        return 0;
    }

    void finish(String caller) {
        if (this.running.remove(caller)) {
            this.slots.release();
        }
    }

}

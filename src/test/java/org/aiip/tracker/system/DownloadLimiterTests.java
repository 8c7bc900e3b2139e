package org.aiip.tracker.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One download at a time per caller, a few at once per instance, and a number per period per caller. */
class DownloadLimiterTests {

    @Test
    void aCallerRunsOneDownloadAtATimeAndTheInstanceAFewAtOnce() {
        DownloadLimiter limiter = new DownloadLimiter(100, 100, Duration.ofHours(1), 2);
        assertThat(limiter.start("address:a", false)).isZero();
        assertThat(limiter.start("address:a", false)).as("a second one while the first runs").isPositive();
        assertThat(limiter.start("account:b", true)).isZero();
        assertThat(limiter.start("address:c", false)).as("both slots taken").isPositive();
        limiter.finish("address:a");
        assertThat(limiter.start("address:c", false)).isZero();
        assertThat(limiter.start("address:a", false)).as("busy again: c and b run").isPositive();
        limiter.finish("address:c");
        assertThat(limiter.start("address:a", false)).isZero();
    }

    @Test
    void aCallerHasANumberOfDownloadsAPeriod() {
        DownloadLimiter limiter = new DownloadLimiter(2, 3, Duration.ofHours(1), 5);
        for (int i = 0; i < 2; i++) {
            assertThat(limiter.start("address:a", false)).isZero();
            limiter.finish("address:a");
        }
        long wait = limiter.start("address:a", false);
        assertThat(wait).isBetween(1L, 3600L);
        assertThat(limiter.start("address:a", false)).as("a refusal holds no slot").isPositive();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.start("account:x", true)).isZero();
            limiter.finish("account:x");
        }
        assertThat(limiter.start("account:x", true)).isPositive();
    }

}

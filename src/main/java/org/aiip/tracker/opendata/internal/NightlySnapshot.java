package org.aiip.tracker.opendata.internal;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Takes the nightly snapshot ({@code tracker.open-data.nightly-cron}, 02:30 UTC by default). With
 * several instances each one asks; only the one that claims the lock row takes it.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "tracker.open-data.nightly.enabled", havingValue = "true", matchIfMissing = true)
class NightlySnapshot {

    private static final Logger log = LoggerFactory.getLogger(NightlySnapshot.class);

    private final OpenDataService openData;

    NightlySnapshot(OpenDataService openData) {
        this.openData = openData;
    }

    @Scheduled(cron = "${tracker.open-data.nightly-cron:0 30 2 * * *}", zone = "UTC")
    void nightly() {
        if (run(ManagementFactory.getRuntimeMXBean().getName())) {
            log.info("Nightly open-data snapshot taken");
        }
    }

    /** Takes the snapshot if this instance wins the lock; whether it did. */
    boolean run(String instance) {
        if (!this.openData.claimNightly(instance)) {
            return false;
        }
        this.openData.take("NIGHTLY");
        return true;
    }

}

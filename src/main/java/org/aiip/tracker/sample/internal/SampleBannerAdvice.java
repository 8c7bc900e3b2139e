package org.aiip.tracker.sample.internal;

import java.time.Duration;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.aiip.tracker.filing.FilingBulkWriter;

/**
 * Tells the layout whether to show the sample-data banner. Whether sample rows exist is looked up
 * when the application is ready, after a sample load, and again when the answer is older than a
 * minute, not on every request. The minute is for the other instances behind the load balancer:
 * one that started before another loaded the sample learns of it within a minute.
 */
@ControllerAdvice
class SampleBannerAdvice {

    static final Duration RECHECK_AFTER = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;

    private final FilingBulkWriter filings;

    private volatile boolean sampleDataShown;

    private volatile long checkedAt;

    SampleBannerAdvice(JdbcTemplate jdbc, FilingBulkWriter filings) {
        this.jdbc = jdbc;
        this.filings = filings;
    }

    @ModelAttribute("sampleDataShown")
    boolean sampleDataShown() {
        if (System.nanoTime() - this.checkedAt > RECHECK_AFTER.toNanos()) {
            refresh();
        }
        return this.sampleDataShown;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refresh() {
        this.sampleDataShown = this.filings.hasSample() || exists("compliance_assessment")
                || exists("cooperation_agreement");
        this.checkedAt = System.nanoTime();
    }

    private boolean exists(String table) {
        return !this.jdbc.queryForList("select id from " + table + " where sample = true fetch first 1 rows only",
                Long.class).isEmpty();
    }

}

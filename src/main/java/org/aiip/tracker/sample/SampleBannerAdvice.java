package org.aiip.tracker.sample;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout whether to show the sample-data banner. Whether sample rows exist is looked up
 * once when the application is ready and again after a sample load, not on every request.
 */
@ControllerAdvice
class SampleBannerAdvice {

    private final JdbcTemplate jdbc;

    private volatile boolean sampleDataShown;

    SampleBannerAdvice(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ModelAttribute("sampleDataShown")
    boolean sampleDataShown() {
        return this.sampleDataShown;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refresh() {
        this.sampleDataShown = exists("patent_filing") || exists("compliance_assessment")
                || exists("cooperation_agreement");
    }

    private boolean exists(String table) {
        return !this.jdbc.queryForList("select id from " + table + " where sample = true fetch first 1 rows only",
                Long.class).isEmpty();
    }

}

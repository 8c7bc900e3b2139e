package org.aiip.tracker.filing;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances count a new kind of filing at the same moment: the second insert of the same
 * filing_count row meets the first one's row, adds to it, and its transaction goes on (on PostgreSQL
 * too, where a failed statement would otherwise abort the transaction).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FilingCountsRaceTests {

    @Autowired
    FilingCounts counts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void insertThatMeetsARowInsertedMeanwhileAddsToItAndTheTransactionGoesOn() {
        long baidu = this.jdbc.queryForObject("select id from member_company where slug = 'baidu'", Long.class);
        long area = this.jdbc.queryForObject("select id from technology_area where code = 'DEEP_LEARNING'", Long.class);
        // The row the other instance committed between our update (which found none) and our insert.
        this.jdbc.update("insert into filing_count (filings, applicant_id, filing_year, office, legal_status,"
                + " technology_area_id, published, open_licence) values (5, ?, 1999, 'CN', 'FILED', ?, false, false)",
                baidu, area);

        this.counts.insertOrAdd(new Object[] { 1, baidu, 1999, "CN", "FILED", area, false, false });

        assertThat(this.jdbc.queryForObject("select filings from filing_count where filing_year = 1999",
                Long.class)).isEqualTo(6);
    }

}

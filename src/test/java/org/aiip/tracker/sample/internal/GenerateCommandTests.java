package org.aiip.tracker.sample.internal;

import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.filing.SearchIndexCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data generator: N valid sample filings, compliance data, counts and search index in step, no
 * duplicates on a rerun.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class GenerateCommandTests {

    @Autowired
    private jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Autowired
    GenerateCommand command;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generatesTheRequestedNumberOfValidSampleFilingsAndReplacesThemOnARerun() {
        this.command.generate(3000);
        this.command.generate(3000);
        assertThat(count("select count(*) from patent_filing where sample = true")).isEqualTo(3000);
        assertThat(count("select coalesce(sum(filings), 0) from filing_count")).isEqualTo(
                count("select count(*) from patent_filing"));
        // Done: a start need not recount (it did during the run, which committed the filings in parts).
        assertThat(this.jdbc.queryForObject("select recount_needed from filing_count_state where id = 1",
                Boolean.class)).isFalse();
        assertThat(count("select count(*) from compliance_assessment where sample = true")).isEqualTo(24);
        assertThat(count("select count(distinct office) from patent_filing")).isEqualTo(6);
        this.jdbc.query("select office, application_number from patent_filing", rs -> {
            ApplicationNumber.ofNormalised(PatentOffice.valueOf(rs.getString(1)), rs.getString(2));
        });
        assertThat(count("select count(*) from filing_ipc where filing_id is null")).isZero();
        SearchIndexCheck.assertInStep(this.jdbc, this.entityManagerFactory);
        // The lists' "real filings only" must not show them: the index marks each as sample, as the database does.
        try (var session = this.entityManagerFactory.unwrap(SessionFactory.class).openSession()) {
            assertThat(Search.session(session)
                .search(PatentFiling.class)
                .where(f -> f.match().field("sample").matching(true))
                .fetchTotalHitCount()).isEqualTo(3000);
        }
    }

    private long count(String sql) {
        return this.jdbc.queryForObject(sql, Long.class);
    }

}

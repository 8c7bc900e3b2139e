package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.member.MemberRef;
import org.aiip.tracker.overview.Dashboard;
import org.aiip.tracker.overview.DashboardService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A filing shared by two members counts for both (the whole count) and half for each (the fractional
 * count), on the dashboard's table of filings per year and member.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class SharedFilingCountTests {

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FilingStatistics statistics;

    @Autowired
    DashboardService dashboards;

    Fixtures fixtures;

    @BeforeEach
    void aSharedAndASoleFiling() {
        this.fixtures = new Fixtures(this.em);
        PatentFiling shared = this.fixtures.publishedFiling("baidu", "Voice control shared with Haier",
                LocalDate.of(2019, 4, 1));
        shared.getCoApplicants().add(this.fixtures.member("haier"));
        this.fixtures.publishedFiling("baidu", "Baidu alone", LocalDate.of(2019, 6, 1));
        this.em.flush();
        this.jdbc.update("update patent_filing set applicant_count = 2 where id = ?", shared.getId());
        this.fixtures.recount();
    }

    @Test
    void eachMemberCountsTheSharedFilingWholeAndHalf() {
        Map<Long, FilingStatistics.MemberShare> shares = this.statistics.sharesPerMember(FilingVisibility.PUBLIC);
        FilingStatistics.MemberShare baidu = shares.get(this.fixtures.member("baidu").getId());
        FilingStatistics.MemberShare haier = shares.get(this.fixtures.member("haier").getId());
        assertThat(baidu.whole()).isEqualTo(2);
        assertThat(baidu.fractional()).isCloseTo(1.5, within(1e-9));
        assertThat(haier.whole()).isEqualTo(1);
        assertThat(haier.fractional()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theDashboardCountsTheSharedFilingInBothColumnsAndOnceInTheYearsTotal() {
        Dashboard.YearTable table = this.dashboards.dashboard(Locale.ENGLISH).perYear();
        List<String> columns = table.members().stream().map(MemberRef::slug).toList();
        int baidu = columns.indexOf("baidu");
        int haier = columns.indexOf("haier");
        Dashboard.YearRow year = table.rows().stream().filter(r -> r.year() == 2019).findFirst().orElseThrow();
        assertThat(year.counts().get(baidu)).isEqualTo(2);
        assertThat(year.counts().get(haier)).isEqualTo(1);
        assertThat(year.total()).as("each filing once").isEqualTo(2);
        assertThat(table.shared()).isTrue();
        assertThat(table.fractionalTotals().get(haier)).isCloseTo(0.5, within(1e-9));
    }

}

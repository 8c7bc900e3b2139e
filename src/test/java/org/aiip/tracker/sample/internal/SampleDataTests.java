package org.aiip.tracker.sample.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.filing.FilingSearch;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = { "tracker.sample-data.enabled=true", "tracker.sample-data.filings=2000" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SampleDataTests {

    private static final String BANNER = "Sample data is switched on for a demonstration: besides the real, cited record";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SampleDataLoader loader;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private FilingService filings;

    @Test
    void loadsAtLeastTheConfiguredNumberOfFilingsAllMarkedSample() {
        assertThat(count("select count(*) from patent_filing where sample = true")).isGreaterThanOrEqualTo(2000);
        assertThat(count("select count(*) from patent_filing where sample = false")).isZero();
    }

    @Test
    void theSampleIsInTheSearchIndex() {
        assertThat(this.filings.search(FilingSearch.all(), FilingVisibility.ALL).total())
            .isEqualTo(count("select count(*) from patent_filing"));
        assertThat(this.filings.search(FilingSearch.all(), FilingVisibility.PUBLIC).total())
            .isEqualTo(count("select count(*) from patent_filing where published = true"));
    }

    @Test
    void everyApplicationNumberIsValidForItsOffice() {
        List<Map<String, Object>> rows = this.jdbc.queryForList("select office, application_number from patent_filing");
        assertThat(rows).allSatisfy(row -> assertThatCode(() -> ApplicationNumber
            .ofNormalised(PatentOffice.valueOf((String) row.get("office")), (String) row.get("application_number")))
            .as("%s", row)
            .doesNotThrowAnyException());
    }

    @Test
    void filingsSpan2016To2020() {
        assertThat(count("select min(filing_year) from patent_filing")).isEqualTo(2016);
        assertThat(count("select max(filing_year) from patent_filing")).isEqualTo(2020);
        assertThat(count("select count(*) from patent_filing where filing_year <> extract(year from filing_date)"))
            .isZero();
    }

    @Test
    void allNamedMembersManyOfficesAndAreasOccur() {
        assertThat(this.jdbc.queryForList(
                "select distinct m.slug from patent_filing f join member_company m on m.id = f.applicant_id", String.class))
            .containsExactlyInAnyOrder("baidu", "jd", "haier");
        assertThat(count("select count(distinct office) from patent_filing")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(distinct technology_area_id) from patent_filing")).isGreaterThanOrEqualTo(7);
    }

    @Test
    void sharesFollowThePublicPicture() {
        long all = count("select count(*) from patent_filing");
        assertThat(share("select count(*) from patent_filing f join member_company m on m.id = f.applicant_id "
                + "where m.slug = 'baidu'", all)).isBetween(0.50, 0.60);
        assertThat(share("select count(*) from patent_filing where office = 'CN'", all)).isBetween(0.65, 0.75);
        assertThat(share("select count(*) from patent_filing where published = false", all)).isBetween(0.10, 0.20);
        assertThat(share("select count(*) from patent_filing where open_licence = true", all)).isBetween(0.05, 0.11);
    }

    @Test
    void datesAndStatusesAreConsistent() {
        assertThat(count("select count(*) from patent_filing where publication_date < filing_date")).isZero();
        assertThat(count("select count(*) from patent_filing where grant_date < publication_date")).isZero();
        assertThat(count("select count(*) from patent_filing where priority_date > filing_date")).isZero();
        assertThat(count("select count(*) from patent_filing where published <> (publication_date is not null)"))
            .isZero();
        for (LegalStatus status : LegalStatus.values()) {
            String where = " from patent_filing where legal_status = '" + status + "'";
            if (status.requiresPublication()) {
                assertThat(count("select count(*)" + where + " and publication_number is null")).as(status.name())
                    .isZero();
            }
            if (status.requiresGrant()) {
                assertThat(count("select count(*)" + where + " and grant_date is null")).as(status.name()).isZero();
            }
        }
        assertThat(count("select count(*) from patent_filing where legal_status = 'FILED' and published")).isZero();
        assertThat(count("select count(*) from patent_filing where office = 'WO' and grant_number is not null"))
            .isZero();
        assertThat(this.jdbc.queryForList("select distinct legal_status from patent_filing", String.class))
            .contains("FILED", "PUBLISHED", "UNDER_EXAMINATION", "GRANTED", "REFUSED", "WITHDRAWN", "LAPSED");
    }

    @Test
    void familiesGroupAChinesePriorityFilingWithItsLaterFilings() {
        assertThat(count("select count(distinct family_key) from patent_filing")).isGreaterThan(100);
        // Each family has its Chinese first filing, and the later ones claim its date as priority.
        assertThat(count("select count(*) from patent_filing f where f.family_key is not null and f.office <> 'CN' "
                + "and not exists (select 1 from patent_filing p where p.family_key = f.family_key "
                + "and p.office = 'CN' and p.filing_date = f.priority_date)")).isZero();
    }

    @Test
    void everyFilingHasFittingIpcSymbols() {
        assertThat(count("select count(*) from patent_filing f where not exists "
                + "(select 1 from filing_ipc i where i.filing_id = f.id and i.position = 0)")).isZero();
        assertThat(count("select count(*) from filing_ipc i join patent_filing f on f.id = i.filing_id "
                + "join technology_area a on a.id = f.technology_area_id "
                + "where a.code = 'BODY_TEMPERATURE' and i.position = 0 and i.symbol <> 'G01J 5/00'")).isZero();
    }

    @Test
    void assessesEveryNamedMemberOnEveryClauseWithEvidence() {
        assertThat(count("select count(*) from compliance_assessment where sample = true")).isEqualTo(24);
        assertThat(count("select count(*) from compliance_assessment a where reviewer = 'Secretariat (sample)' "
                + "and reviewed_on is not null and summary is not null")).isEqualTo(24);
        assertThat(count("select count(*) from compliance_assessment a where (select count(*) from evidence e "
                + "where e.assessment_id = a.id) not between 1 and 3")).isZero();
        assertThat(count("select count(*) from evidence where sample = false")).isZero();
        assertThat(count("select count(*) from evidence where link is not null and link not like 'https://example.org/%'"))
            .isZero();
        assertThat(this.jdbc.queryForObject("select max(evidence_date) from evidence", LocalDate.class))
            .isBefore(LocalDate.of(2022, 1, 1));
        // Baidu, the lead company, is furthest along.
        assertThat(implemented("baidu")).isGreaterThan(implemented("jd")).isGreaterThan(implemented("haier") - 1);
    }

    @Test
    void addsSampleAgreementsBesideTheRealOne() {
        assertThat(count("select count(*) from cooperation_agreement where sample = true")).isBetween(1L, 2L);
        assertThat(count("select count(*) from cooperation_agreement where sample = false")).isEqualTo(1);
        assertThat(count("select count(*) from agreement_clause c join cooperation_agreement a on a.id = c.agreement_id "
                + "where a.sample = true")).isPositive();
    }

    @Test
    void aSecondLoadAddsNothing() {
        long filings = count("select count(*) from patent_filing");
        assertThat(this.loader.load()).isFalse();
        assertThat(count("select count(*) from patent_filing")).isEqualTo(filings);
        assertThat(count("select count(*) from compliance_assessment")).isEqualTo(24);
        assertThat(count("select count(*) from cooperation_agreement where sample = true")).isEqualTo(2);
    }

    @Test
    void pagesShowTheSampleBannerAndBadges() throws Exception {
        this.mvc.perform(get("/agreements"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(BANNER),
                    containsString("JD.com–Haier joint development of AI for appliance logistics"),
                    containsString(">sample</span>"), containsString("November 2020"))));
    }

    private long implemented(String slug) {
        return count("select count(*) from compliance_assessment a join member_company m on m.id = a.member_id "
                + "where m.slug = '" + slug + "' and a.status = 'IMPLEMENTED'");
    }

    private double share(String sql, long all) {
        return (double) count(sql) / all;
    }

    private long count(String sql) {
        return this.jdbc.queryForObject(sql, Long.class);
    }

}

package org.aiip.tracker.importing.internal;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.filing.PublicationNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real record that ships with the tracker (src/main/resources/record): it loads whole at the
 * first start, every filing carries the public page where it can be checked, every CN and EP number
 * passes its check character, every row's applicants resolve to the member the record names, and
 * families across offices are joined.
 */
@SpringBootTest(properties = "tracker.record.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RecordTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordLoader loader;

    @Test
    void theRecordLoadsWholeAtStartWithAnImportJobAndAuditEntry() {
        Map<String, Object> job = this.jdbc.queryForMap(
                "select id, state, total_rows, error_rows, waiting_rows, created_count from import_job where owner = 'record'");
        assertThat(job.get("state")).isEqualTo("DONE");
        assertThat((Integer) job.get("error_rows")).as("rows with errors").isZero();
        assertThat((Integer) job.get("waiting_rows")).as("rows waiting for names").isZero();
        assertThat((Integer) job.get("created_count")).isGreaterThanOrEqualTo(120);
        assertThat(this.jdbc.queryForObject(
                "select count(*) from audit_entry where entity_type = 'import' and entity_id = ?", Long.class, job.get("id")))
            .isEqualTo(1);
    }

    @Test
    void aSecondLoadOfTheSameRecordChangesNothing() throws Exception {
        long filings = count("select count(*) from patent_filing");
        assertThat(this.loader.load()).as("already loaded").isNull();
        assertThat(count("select count(*) from patent_filing")).isEqualTo(filings);
    }

    @Test
    void atLeast120RealPublishedFilingsWithAtLeast25PerNamedMemberAcrossCnUsAndEpOrWo() {
        assertThat(count("select count(*) from patent_filing where published = true and sample = false"))
            .isGreaterThanOrEqualTo(120);
        for (String slug : List.of("baidu", "jd", "haier")) {
            assertThat(count("select count(*) from patent_filing f join member_company m on m.id = f.applicant_id"
                    + " where m.slug = '" + slug + "'")).as(slug).isGreaterThanOrEqualTo(25);
        }
        List<String> offices = this.jdbc.queryForList("select distinct office from patent_filing", String.class);
        assertThat(offices).contains("CN", "US").containsAnyOf("EP", "WO");
    }

    @Test
    void everyFilingHasTheAddressOfAPublicPage() {
        assertThat(count("select count(*) from patent_filing where source_url is null"
                + " or not (source_url like 'https://%' or source_url like 'http://%')")).isZero();
    }

    @Test
    void everyCnAndEpApplicationNumberPassesItsCheckCharacter() {
        List<Map<String, Object>> rows = this.jdbc.queryForList(
                "select office, application_number from patent_filing where application_number is not null");
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            // ofNormalised parses again, which checks the CNIPA and EPO check characters.
            ApplicationNumber.ofNormalised(PatentOffice.valueOf((String) row.get("office")),
                    (String) row.get("application_number"));
        }
    }

    @Test
    void everyRowIsTheFilingOfTheMemberTheRecordNames() throws Exception {
        Map<String, String> memberByNumber = new HashMap<>();
        this.jdbc.query("select f.publication_serial, f.grant_serial, m.slug from patent_filing f"
                + " join member_company m on m.id = f.applicant_id", rs -> {
                    if (rs.getString(1) != null) {
                        memberByNumber.put(rs.getString(1), rs.getString(3));
                    }
                    if (rs.getString(2) != null) {
                        memberByNumber.put(rs.getString(2), rs.getString(3));
                    }
                });
        List<CSVRecord> rows = record();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(120);
        for (CSVRecord row : rows) {
            String number = row.get("publication_number").isBlank() ? row.get("grant_number") : row.get("publication_number");
            String serial = PublicationNumber.parse(number).serial();
            assertThat(memberByNumber.get(serial)).as(number).isEqualTo(row.get("member"));
        }
    }

    @Test
    void familiesJoinFilingsAcrossOffices() {
        Long families = count("""
                select count(*) from (select family_key from patent_filing where family_key is not null
                group by family_key having count(distinct office) > 1) f""");
        assertThat(families).as("families spanning two offices or more").isGreaterThanOrEqualTo(5);
        // A CN application and the US patent that claims its priority (record rows CN103886044A and US9910900B2).
        List<String> keys = this.jdbc.queryForList(
                "select family_key from patent_filing where publication_serial = 'CN103886044' or grant_serial = 'US9910900'",
                String.class);
        assertThat(keys).hasSize(2).doesNotContainNull();
        assertThat(keys.get(0)).isEqualTo(keys.get(1));
    }

    @Test
    void transfersKeepTheOriginalApplicantAndTheNewOwner() {
        // CN105095492: filed by JD companies, now owned by Xi'an jingxundi Supply Chain Technology (outside).
        List<Map<String, Object>> parties = this.jdbc.queryForList("""
                select p.role, p.name, p.member_id from filing_party p join patent_filing f on f.id = p.filing_id
                where f.publication_serial = 'CN105095492' or f.grant_serial = 'CN105095492' order by p.position""");
        assertThat(parties).anySatisfy(p -> {
            assertThat(p.get("role")).isEqualTo("APPLICANT");
            assertThat(p.get("member_id")).isNotNull();
        });
        assertThat(parties).anySatisfy(p -> {
            assertThat(p.get("role")).isEqualTo("OWNER");
            assertThat((String) p.get("name")).startsWith("Xi'an jingxundi");
            assertThat(p.get("member_id")).isNull();
        });
    }

    @Test
    void aYearKnownOnlyFromTheApplicationNumberIsStoredAsAYearNotADay() {
        assertThat(count("select count(*) from patent_filing where filing_date_source = 'FILING_YEAR'"
                + " and (extract(month from filing_date) <> 1 or extract(day from filing_date) <> 1)")).isZero();
        assertThat(count("select count(*) from patent_filing where filing_date_source = 'FILING_YEAR'")).isPositive();
    }

    @Test
    void aListShowsADateKnownToTheYearAsTheYearNotAsTheFirstOfJanuary() throws Exception {
        // A published filing whose member has at most a page of filings that year, so that the list shows it.
        Map<String, Object> filing = this.jdbc.queryForMap("""
                select f.id, f.filing_year, m.slug from patent_filing f join member_company m on m.id = f.applicant_id
                where f.filing_date_source = 'FILING_YEAR' and f.published
                and (select count(*) from patent_filing g where g.applicant_id = f.applicant_id
                     and g.filing_year = f.filing_year and g.published) <= 20
                order by f.id fetch first 1 rows only""");
        int year = ((Number) filing.get("filing_year")).intValue();
        for (String[] language : new String[][] { { "en", "year only" }, { "ko", "연도만 알려짐" }, { "zh", "仅知年份" } }) {
            String list = this.mvc
                .perform(get("/filings").param("member", (String) filing.get("slug"))
                    .param("year", String.valueOf(year))
                    .param("lang", language[0]))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
            String row = list.substring(list.indexOf("href=\"/filings/" + filing.get("id") + "\""));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).as(language[0])
                .contains("<time datetime=\"" + year + "\"", ">" + year + "</time>", language[1])
                .doesNotContain(year + "-01-01");
        }
        // The API's list says it too: a program reading 1 January learns it stands for the year.
        this.mvc.perform(get("/api/v1/filings").param("member", (String) filing.get("slug"))
                .param("year", String.valueOf(year)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[?(@.id == " + filing.get("id") + ")].filingDateKnown", contains("FILING_YEAR")))
            .andExpect(jsonPath("$.items[?(@.id == " + filing.get("id") + ")].filingDate", contains(year + "-01-01")));
    }

    private Long count(String sql) {
        return this.jdbc.queryForObject(sql, Long.class);
    }

    private static List<CSVRecord> record() throws Exception {
        try (Reader reader = new InputStreamReader(new ClassPathResource(RecordLoader.FILINGS).getInputStream(),
                StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

}

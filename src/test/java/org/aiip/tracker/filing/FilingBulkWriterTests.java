package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one bulk write path: what the CSV import and the sample store for the columns only an export row sets, an
 * export row without an application number, every value as given (on PostgreSQL through COPY's text format), ids
 * after the bulk rows for filings added one by one, the patch of a filing on record, the parties added if absent,
 * and the removal of the sample.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FilingBulkWriterTests {

    @Autowired
    FilingBulkWriter writer;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    long baidu;

    long area;

    @BeforeEach
    void ids() {
        this.baidu = this.members.bySlug("baidu").orElseThrow().getId();
        this.area = this.jdbc.queryForObject("select min(id) from technology_area", Long.class);
    }

    @Test
    void rowsWithoutExtrasStoreTheColumnDefaults() {
        long id = this.writer.insert(List.of(row(FilingTestData.epNumber("19100001"), "G06N 3/08")),
                FilingBulkWriter.Origin.RECORD).get(0).id();
        Map<String, Object> stored = this.jdbc.queryForMap("select filing_date_source, applicant_count, source_url,"
                + " import_fingerprint, sample from patent_filing where id = ?", id);
        // The defaults of V37, as a row inserted without these columns gets them.
        assertThat(stored.get("filing_date_source")).isEqualTo("FILED");
        assertThat(((Number) stored.get("applicant_count")).intValue()).isEqualTo(1);
        assertThat(stored.get("source_url")).isNull();
        assertThat(stored.get("import_fingerprint")).isNull();
        assertThat(stored.get("sample")).isEqualTo(false);
        assertThat(count("select count(*) from filing_party where filing_id = " + id)).isZero();
    }

    @Test
    void anExportRowWithoutApplicationNumberIsWrittenWithItsExtras() {
        FilingBulkWriter.Row known = row(FilingTestData.epNumber("19100002"), "G06N 3/08");
        FilingBulkWriter.Row publicationOnly = new FilingBulkWriter.Row(PatentOffice.US, null, this.baidu, this.area,
                "Known by its publication", null, LocalDate.of(2020, 1, 1), null, "US2021123456A1",
                LocalDate.of(2021, 4, 1), null, null, LegalStatus.PUBLISHED, false, null, null, List.of());
        FilingBulkWriter.Extras extras = new FilingBulkWriter.Extras(FilingDateSource.PUBLICATION_YEAR,
                "https://example.org/US2021123456A1", 2, "0=abcd1234",
                List.of(new FilingParty(FilingParty.Role.APPLICANT, "Baidu", this.baidu),
                        new FilingParty(FilingParty.Role.APPLICANT, "Someone Else", null)),
                Set.of("US2021123456A1"), List.of());
        List<WrittenFiling> written = this.writer.insert(List.of(known, publicationOnly),
                List.of(FilingBulkWriter.Extras.NONE, extras), FilingBulkWriter.Origin.RECORD);

        assertThat(written).extracting(WrittenFiling::applicationNumber)
            .containsExactly(known.number().normalised(), null);
        long id = written.get(1).id();
        Map<String, Object> stored = this.jdbc.queryForMap("select office, application_number, filing_date_source,"
                + " applicant_count, source_url, import_fingerprint, publication_serial from patent_filing where id = ?",
                id);
        assertThat(stored.get("office")).isEqualTo("US");
        assertThat(stored.get("application_number")).isNull();
        assertThat(stored.get("filing_date_source")).isEqualTo("PUBLICATION_YEAR");
        assertThat(((Number) stored.get("applicant_count")).intValue()).isEqualTo(2);
        assertThat(stored.get("source_url")).isEqualTo("https://example.org/US2021123456A1");
        assertThat(stored.get("import_fingerprint")).isEqualTo("0=abcd1234");
        assertThat(stored.get("publication_serial")).isNotNull();
        assertThat(this.jdbc.queryForList("select name from filing_party where filing_id = ? order by position",
                String.class, id)).containsExactly("Baidu", "Someone Else");
        assertThat(count("select count(*) from filing_family_ref where filing_id = " + id)).isEqualTo(1);

        // A later row adds what is new, once.
        FilingBulkWriter.Extras later = new FilingBulkWriter.Extras(FilingDateSource.FILED, null, 1, null,
                List.of(new FilingParty(FilingParty.Role.APPLICANT, "Baidu", this.baidu),
                        new FilingParty(FilingParty.Role.OWNER, "New Owner", null)),
                Set.of("US2021123456A1", "EP3900000A1"), List.of(this.baidu));
        this.writer.addMissing(Map.of(id, later));
        this.writer.addMissing(Map.of(id, later));
        assertThat(this.jdbc.queryForList("select name from filing_party where filing_id = ? order by position",
                String.class, id)).containsExactly("Baidu", "Someone Else", "New Owner");
        assertThat(count("select count(*) from filing_family_ref where filing_id = " + id)).isEqualTo(2);
        assertThat(count("select count(*) from filing_co_applicant where filing_id = " + id)).isEqualTo(1);
    }

    @Test
    void everyValueIsStoredAsGivenWhateverCharactersTheTextHolds() {
        // On PostgreSQL the rows go through COPY's text format, where tabs, line breaks and backslashes are syntax.
        String title = "Tab\there, line\nbreak, \\N and a back\\slash\r\n: 基于深度学习的 방법";
        FilingBulkWriter.Row row = new FilingBulkWriter.Row(PatentOffice.EP, FilingTestData.epNumber("19100007"),
                this.baidu, this.area, title, "Abstract\twith\\ \\t escapes", LocalDate.of(2019, 3, 1),
                LocalDate.of(2018, 12, 31), "EP3900007A1", LocalDate.of(2019, 9, 10), "EP3900007B1",
                LocalDate.of(2021, 2, 2), LegalStatus.GRANTED, true, "FRAND\tterms", "family\\7",
                List.of("G06N 3/08", "G06F 40/30"));
        FilingBulkWriter.Extras extras = new FilingBulkWriter.Extras(FilingDateSource.PUBLICATION_YEAR,
                "https://example.org/EP3900007A1?a=1\tb", 3, "0=ffff", List.of(), Set.of(), List.of());
        WrittenFiling written = this.writer.insert(List.of(row), List.of(extras), FilingBulkWriter.Origin.RECORD)
            .get(0);

        Map<String, Object> stored = this.jdbc.queryForMap("select * from patent_filing where id = ?", written.id());
        assertThat(stored.get("title")).isEqualTo(title);
        assertThat(stored.get("abstract_text")).isEqualTo("Abstract\twith\\ \\t escapes");
        assertThat(stored.get("licence_terms")).isEqualTo("FRAND\tterms");
        assertThat(stored.get("family_key")).isEqualTo("family\\7");
        assertThat(stored.get("source_url")).isEqualTo("https://example.org/EP3900007A1?a=1\tb");
        assertThat(stored.get("import_fingerprint")).isEqualTo("0=ffff");
        assertThat(stored.get("office")).isEqualTo("EP");
        assertThat(stored.get("application_number")).isEqualTo(row.number().normalised());
        assertThat(stored.get("filing_date").toString()).isEqualTo("2019-03-01");
        assertThat(((Number) stored.get("filing_year")).intValue()).isEqualTo(2019);
        assertThat(stored.get("priority_date").toString()).isEqualTo("2018-12-31");
        assertThat(stored.get("publication_number")).isEqualTo("EP3900007A1");
        assertThat(stored.get("publication_date").toString()).isEqualTo("2019-09-10");
        assertThat(stored.get("grant_number")).isEqualTo("EP3900007B1");
        assertThat(stored.get("grant_date").toString()).isEqualTo("2021-02-02");
        assertThat(stored.get("legal_status")).isEqualTo("GRANTED");
        assertThat(stored.get("published")).isEqualTo(true);
        assertThat(stored.get("open_licence")).isEqualTo(true);
        assertThat(stored.get("sample")).isEqualTo(false);
        assertThat(((Number) stored.get("version")).intValue()).isZero();
        assertThat(((Number) stored.get("applicant_id")).longValue()).isEqualTo(this.baidu);
        assertThat(((Number) stored.get("technology_area_id")).longValue()).isEqualTo(this.area);
        assertThat(stored.get("filing_date_source")).isEqualTo("PUBLICATION_YEAR");
        assertThat(((Number) stored.get("applicant_count")).intValue()).isEqualTo(3);
        assertThat(stored.get("publication_serial")).isNotNull();
        assertThat(stored.get("grant_serial")).isNotNull();
        assertThat(this.jdbc.queryForObject("select updated_at = created_at from patent_filing where id = ?",
                Boolean.class, written.id())).isTrue();
        assertThat(ipc(written.id())).containsExactly("G06N 3/08", "G06F 40/30");
    }

    /**
     * An update stores every value as given (on PostgreSQL through COPY into a temporary table, then one UPDATE from
     * it), counts a version, and a filing two rows of a chunk update takes the later row's values.
     */
    @Test
    void anUpdateStoresEveryValueAsGivenAndTheLaterOfTwoRowsForOneFilingWins() {
        List<WrittenFiling> written = this.writer.insert(List.of(row(FilingTestData.epNumber("19100010"), "G06N 3/08"),
                row(FilingTestData.epNumber("19100011"), "G06N 3/08")), FilingBulkWriter.Origin.RECORD);
        long first = written.get(0).id();
        long second = written.get(1).id();
        String title = "Tab\there, line\nbreak, \\N and a back\\slash: 基于深度学习的 방법";
        FilingBulkWriter.Row changed = new FilingBulkWriter.Row(PatentOffice.EP, FilingTestData.epNumber("19100010"),
                this.baidu, this.area, title, "Abstract\twith\\ escapes", LocalDate.of(2018, 5, 6),
                LocalDate.of(2017, 12, 31), "EP3900010A1", LocalDate.of(2019, 9, 10), "EP3900010B1",
                LocalDate.of(2021, 2, 2), LegalStatus.GRANTED, true, "FRAND\tterms", "family\\10",
                List.of("G06F 40/30"));
        FilingBulkWriter.Row earlier = row(FilingTestData.epNumber("19100011"), "G06N 3/08");
        FilingBulkWriter.Row later = new FilingBulkWriter.Row(PatentOffice.EP, FilingTestData.epNumber("19100011"),
                this.baidu, this.area, "The later row", null, LocalDate.of(2019, 3, 1), null, null, null, null, null,
                LegalStatus.WITHDRAWN, false, null, null, FilingBulkWriter.normalisedIpc("G06N 3/08"));

        this.writer.update(List.of(changed, earlier, later), List.of(first, second, second));

        Map<String, Object> stored = this.jdbc.queryForMap("select * from patent_filing where id = ?", first);
        assertThat(stored.get("title")).isEqualTo(title);
        assertThat(stored.get("abstract_text")).isEqualTo("Abstract\twith\\ escapes");
        assertThat(stored.get("licence_terms")).isEqualTo("FRAND\tterms");
        assertThat(stored.get("family_key")).isEqualTo("family\\10");
        assertThat(stored.get("filing_date").toString()).isEqualTo("2018-05-06");
        assertThat(((Number) stored.get("filing_year")).intValue()).isEqualTo(2018);
        assertThat(stored.get("priority_date").toString()).isEqualTo("2017-12-31");
        assertThat(stored.get("publication_number")).isEqualTo("EP3900010A1");
        assertThat(stored.get("grant_date").toString()).isEqualTo("2021-02-02");
        assertThat(stored.get("legal_status")).isEqualTo("GRANTED");
        assertThat(stored.get("published")).isEqualTo(true);
        assertThat(stored.get("open_licence")).isEqualTo(true);
        assertThat(stored.get("publication_serial")).isNotNull();
        assertThat(stored.get("grant_serial")).isNotNull();
        assertThat(((Number) stored.get("version")).intValue()).isEqualTo(1);
        assertThat(ipc(first)).containsExactly("G06F 40/30");
        assertThat(this.jdbc.queryForObject("select title from patent_filing where id = ?", String.class, second))
            .isEqualTo("The later row");
        assertThat(this.jdbc.queryForObject("select legal_status from patent_filing where id = ?", String.class,
                second)).isEqualTo("WITHDRAWN");
    }

    /**
     * After a bulk load PostgreSQL's planner has fresh statistics of the filing tables, whether or not autovacuum
     * runs (it is off on the CI machine); on H2, which keeps its own, the call changes nothing and fails nothing.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // ANALYZE's counts are reported once it has ended
    void aBulkLoadLeavesThePlannerFreshStatisticsOnPostgres() {
        boolean postgres = this.jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
            .equals("PostgreSQL");
        String analysed = "select coalesce(sum(analyze_count), 0) from pg_stat_user_tables"
                + " where relname in ('patent_filing', 'filing_ipc')";
        long before = postgres ? this.jdbc.queryForObject(analysed, Long.class) : 0;

        this.writer.analyse();

        if (postgres) {
            this.jdbc.execute("select pg_stat_clear_snapshot()");
            assertThat(this.jdbc.queryForObject(analysed, Long.class)).isGreaterThanOrEqualTo(before + 2);
        }
    }

    @Test
    void filingsAddedLaterOneByOneTakeIdsAfterTheBulkRows() {
        List<WrittenFiling> bulk = this.writer.insert(List.of(row(FilingTestData.epNumber("19100008"), "G06N 3/08"),
                row(FilingTestData.epNumber("19100009"), "G06N 3/08")), FilingBulkWriter.Origin.RECORD);
        assertThat(bulk.get(1).id()).isGreaterThan(bulk.get(0).id());
        // A single insert without an id, as the filing form's (the identity's own default).
        this.jdbc.update("insert into patent_filing (office, application_number, applicant_id, title, filing_date,"
                + " filing_year, legal_status, published, technology_area_id, open_licence, sample, version,"
                + " created_at, updated_at) values ('EP', '19100010', ?, 'One by one', date '2019-03-01', 2019,"
                + " 'FILED', false, ?, false, false, 0, current_timestamp, current_timestamp)", this.baidu, this.area);
        long single = this.jdbc.queryForObject(
                "select id from patent_filing where office = 'EP' and application_number = '19100010'", Long.class);
        assertThat(single).isGreaterThan(bulk.get(1).id());
    }

    @Test
    void aPatchReplacesTheIpcSymbolsOnlyWhenItBringsThem() {
        List<WrittenFiling> written = this.writer.insert(List.of(row(FilingTestData.epNumber("19100003"), "G06N 3/08"),
                row(FilingTestData.epNumber("19100004"), "G06F 17/00")), FilingBulkWriter.Origin.RECORD);
        long first = written.get(0).id();
        long second = written.get(1).id();
        this.writer.patch(List.of(patch(written.get(0), "EP3911111A1", List.of("G06N 20/00", "G06F 40/30")),
                patch(written.get(1), null, null)));

        assertThat(ipc(first)).containsExactly("G06N 20/00", "G06F 40/30");
        assertThat(ipc(second)).containsExactly("G06F 17/00");
        Map<String, Object> stored = this.jdbc.queryForMap("select title, version, published, filing_date_source,"
                + " import_fingerprint from patent_filing where id = ?", first);
        assertThat(stored.get("title")).isEqualTo("Patched");
        assertThat(((Number) stored.get("version")).longValue()).isEqualTo(1);
        assertThat(stored.get("published")).isEqualTo(true);
        assertThat(stored.get("filing_date_source")).isEqualTo("FILING_YEAR");
        assertThat(stored.get("import_fingerprint")).isEqualTo("1=00000000");
    }

    @Test
    void deletingTheSampleLeavesRealFilingsAndNamesTheDeletedOnes() {
        long sample = this.writer.insert(List.of(row(FilingTestData.epNumber("19100005"), "G06N 3/08")),
                FilingBulkWriter.Origin.SAMPLE).get(0).id();
        long real = this.writer.insert(List.of(row(FilingTestData.epNumber("19100006"), "G06N 3/08")),
                FilingBulkWriter.Origin.RECORD).get(0).id();
        assertThat(this.writer.hasSample()).isTrue();

        assertThat(this.writer.deleteSample()).contains(sample).doesNotContain(real);
        assertThat(this.writer.hasSample()).isFalse();
        assertThat(count("select count(*) from filing_ipc where filing_id = " + sample)).isZero();
        assertThat(count("select count(*) from patent_filing where id = " + real)).isEqualTo(1);
        assertThat(ipc(real)).containsExactly("G06N 3/08");
    }

    private FilingBulkWriter.Row row(ApplicationNumber number, String ipc) {
        return new FilingBulkWriter.Row(number.office(), number, this.baidu, this.area, "Bulk " + number.normalised(),
                null, LocalDate.of(2019, 3, 1), null, null, null, null, null, LegalStatus.FILED, false, null, null,
                FilingBulkWriter.normalisedIpc(ipc));
    }

    private static FilingBulkWriter.Patch patch(WrittenFiling filing, String publicationNumber, List<String> ipc) {
        return new FilingBulkWriter.Patch(filing.id(), filing.applicationNumber(), "Patched", null, LocalDate.of(2019, 1, 1),
                FilingDateSource.FILING_YEAR, null, publicationNumber,
                publicationNumber == null ? null : LocalDate.of(2020, 9, 1), null, null,
                publicationNumber == null ? LegalStatus.FILED : LegalStatus.PUBLISHED, null, "1=00000000", ipc);
    }

    private List<String> ipc(long id) {
        return this.jdbc.queryForList("select symbol from filing_ipc where filing_id = ? order by position",
                String.class, id);
    }

    private long count(String sql) {
        return this.jdbc.queryForObject(sql, Long.class);
    }

}

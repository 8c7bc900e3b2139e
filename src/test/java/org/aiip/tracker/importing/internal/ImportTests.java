package org.aiip.tracker.importing.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.SearchIndexCheck;
import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import from upload to written filings, on the real H2 database. The jobs run on their own
 * threads and commit, so these tests are not transactional: each makes filings with fresh numbers
 * and compares counts before and after. Small chunks make even small files span several.
 */
@SpringBootTest(properties = { "tracker.import.dir=target/import-tests", "tracker.import.chunk-size=10",
        "tracker.import.max-rows=500", "tracker.import.wait-millis=10000" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportTests {

    @Autowired
    private jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    ImportRunner runner;

    @Autowired
    ImportFileSweeper sweeper;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    @Autowired
    FilingIndexer indexer;

    TestAccounts accounts;

    TrackerUser admin;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.members);
        this.admin = this.accounts.newAdmin();
    }

    @Test
    void validFileIsPreviewedThenWrittenWithOneAuditEntry() throws Exception {
        long before = filings();
        List<String> rows = ImportTestFiles.rows(25, "baidu", "Valid import");
        String id = upload(ImportTestFiles.csv(rows), this.admin);

        ImportJob checked = await(id);
        assertThat(checked.getState()).isEqualTo(ImportState.READY);
        assertThat(checked.getTotalRows()).isEqualTo(25);
        assertThat(checked.getErrorRows()).isZero();
        assertThat(filings()).as("nothing is written before the confirmation").isEqualTo(before);
        String preview = page(id, this.admin);
        assertThat(preview).contains("Preview: nothing has been written yet", "Valid import 0",
                "Rows that create new filings (the first 25 of 25)");

        confirm(id, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
        ImportJob done = await(id);
        assertThat(done.getState()).isEqualTo(ImportState.DONE);
        assertThat(done.getCreatedCount()).isEqualTo(25);
        assertThat(filings()).isEqualTo(before + 25);
        assertThat(this.jdbc.queryForList("""
                select i.symbol from filing_ipc i join patent_filing f on f.id = i.filing_id
                where f.title = 'Valid import 7' order by i.position""", String.class))
            .containsExactly("G06N 3/08", "G10L 15/22");
        assertThat(this.jdbc.queryForList("""
                select summary from audit_entry where entity_type = 'import' and entity_id = ? and action = 'IMPORT'
                """, String.class, done.getId())).containsExactly("25 created, 0 updated, 0 skipped, 0 unchanged");
        assertThat(page(id, this.admin)).contains("25 filings created, 0 updated, 0 matching rows skipped",
                "All 25 written filings are in lists and search since");
        assertCountsInStep();
        assertThat(this.mvc.perform(get("/admin/import").with(TestAccounts.as(this.admin)))
            .andReturn().getResponse().getContentAsString()).contains("filings.csv", "Done");
    }

    @Test
    void rowsWithErrorsAreListedByRowAndColumnAndOnlyValidRowsAreWrittenWhenChosen() throws Exception {
        long before = filings();
        String good1 = ImportTestFiles.row(ImportTestFiles.number(), "baidu", "Good one");
        String badDate = ImportTestFiles.row(ImportTestFiles.number(), "haier", "Bad date", "2019-13-45");
        String unknown = ImportTestFiles.row(ImportTestFiles.number(), "nobody", "Unknown applicant");
        String badNumber = ImportTestFiles.row("201910000001.X", "jd", "Bad number");
        String good2 = ImportTestFiles.row(ImportTestFiles.number(), "jd", "Good two");
        String id = upload(ImportTestFiles.csv(good1, badDate, unknown, badNumber, good2), this.admin);

        ImportJob checked = await(id);
        assertThat(checked.getErrorRows()).isEqualTo(3);
        assertThat(checked.getValidRows()).isEqualTo(2);
        String preview = page(id, this.admin);
        assertThat(preview).contains("Rows with errors", "filing_date", "Enter a date as YYYY-MM-DD, not \"2019-13-45\".",
                "No member company has the short name \"nobody\".", "application_number");
        assertThat(preview).contains("<th scope=\"row\" class=\"number\" data-label=\"Row\"><span>3</span></th>");

        this.mvc.perform(post("/admin/import/" + id + "/confirm").with(csrf()).with(TestAccounts.as(this.admin))
            .param("mode", "ALL_OR_NOTHING").param("onMatch", "SKIP")).andExpect(status().is3xxRedirection());
        assertThat(await(id).getState()).as("all or nothing is refused").isEqualTo(ImportState.READY);
        assertThat(filings()).isEqualTo(before);

        confirm(id, ImportMode.VALID_ONLY, MatchChoice.SKIP, this.admin);
        ImportJob done = await(id);
        assertThat(done.getState()).isEqualTo(ImportState.DONE);
        assertThat(done.getCreatedCount()).isEqualTo(2);
        assertThat(filings()).isEqualTo(before + 2);
        assertThat(titles()).contains("Good one", "Good two").doesNotContain("Bad date", "Unknown applicant");

        List<CSVRecord> report = report(id, this.admin);
        assertThat(report.get(0).values()).endsWith("errors");
        assertThat(report).hasSize(4);
        assertThat(report.get(1).get(3)).isEqualTo("Bad date");
        assertThat(report.get(1).get(17)).contains("filing_date: Enter a date as YYYY-MM-DD");
        assertThat(report.get(2).get(17)).contains("applicant: No member company");
    }

    @Test
    void sameFileTwiceCreatesNoDuplicatesAndUpdateChangesTheFilings() throws Exception {
        String number = ImportTestFiles.number();
        String other = ImportTestFiles.number();
        byte[] file = ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "First title"),
                ImportTestFiles.row(other, "baidu", "Second title"));
        long before = filings();
        String first = upload(file, this.admin);
        await(first);
        confirm(first, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
        assertThat(await(first).getCreatedCount()).isEqualTo(2);

        String again = upload(file, this.admin);
        ImportJob checked = await(again);
        assertThat(checked.getMatchRows()).isEqualTo(2);
        assertThat(page(again, this.admin)).contains("Rows matching existing filings", "First title");
        confirm(again, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
        ImportJob skipped = await(again);
        assertThat(skipped.getSkippedCount()).isEqualTo(2);
        assertThat(skipped.getCreatedCount()).isZero();
        assertThat(filings()).isEqualTo(before + 2);

        String changed = upload(ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "Changed title"),
                ImportTestFiles.row(other, "baidu", "Second title")), this.admin);
        await(changed);
        confirm(changed, ImportMode.ALL_OR_NOTHING, MatchChoice.UPDATE, this.admin);
        ImportJob updated = await(changed);
        assertThat(updated.getUpdatedCount()).isEqualTo(1);
        assertThat(updated.getUnchangedCount()).as("the second row brings what is stored").isEqualTo(1);
        assertThat(page(changed, this.admin))
            .contains("1 matching filings already had every value the file gives them and were left as they were");
        assertThat(filings()).isEqualTo(before + 2);
        assertThat(titles()).contains("Changed title").doesNotContain("First title");
        assertThat(this.jdbc.queryForObject("select version from patent_filing where title = 'Changed title'",
                Long.class)).isEqualTo(1L);
        // Left as it was: a form opened on it before the import can still be saved.
        assertThat(this.jdbc.queryForObject("select version from patent_filing where title = 'Second title'",
                Long.class)).isZero();
        assertCountsInStep();
    }

    @Test
    void importedAndUpdatedFilingsAreFoundByTheirNewTextsOnly() throws Exception {
        String number = ImportTestFiles.number();
        String first = upload(ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "Platypus gait analysis"),
                ImportTestFiles.row(ImportTestFiles.number(), "jd", "Echidna route planning")), this.admin);
        await(first);
        confirm(first, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
        assertThat(await(first).getCreatedCount()).isEqualTo(2);
        assertThat(search("platypus")).contains("Platypus gait analysis").doesNotContain("Echidna");
        assertThat(search("route plan")).contains("Echidna route planning");

        String changed = upload(ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "Wallaby gait analysis")),
                this.admin);
        await(changed);
        confirm(changed, ImportMode.ALL_OR_NOTHING, MatchChoice.UPDATE, this.admin);
        assertThat(await(changed).getUpdatedCount()).isEqualTo(1);
        assertThat(search("platypus")).doesNotContain("gait analysis");
        assertThat(search("wallaby")).contains("Wallaby gait analysis");
        assertCountsInStep();
    }

    /**
     * The lists take an update as the import wrote it: a publication number without its date makes the filing
     * public, and a sample filing stays in the sample.
     */
    @Test
    void anUpdatedFilingIsListedAsWrittenPublicWithItsPublicationNumberAndStillSample() throws Exception {
        String number = ImportTestFiles.number();
        assertThat(write(ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "Quokka burrow mapping")),
                MatchChoice.SKIP).getCreatedCount()).isEqualTo(1);
        assertThat(publicSearch("quokka")).as("filed, not yet published").doesNotContain("Quokka burrow");
        // The filing was part of the synthetic sample (and indexed as such).
        this.jdbc.update("update patent_filing set sample = true where title = 'Quokka burrow mapping'");
        this.indexer.index(this.jdbc.queryForList("select id from patent_filing where title = 'Quokka burrow mapping'",
                Long.class));

        String published = String.join(",", "CN", number, "baidu", "Quokka burrow mapping revised", "", "2019-03-01",
                "", "CN110000001A", "", "", "", "PUBLISHED", "DEEP_LEARNING", "G06N 3/08", "no", "", "");
        assertThat(write(ImportTestFiles.csv(published), MatchChoice.UPDATE).getUpdatedCount()).isEqualTo(1);

        assertThat(publicSearch("quokka")).as("public once its publication number is known")
            .contains("Quokka burrow mapping revised");
        assertThat(listed("quokka", "sample")).contains("Quokka burrow mapping revised");
        assertThat(listed("quokka", "real")).doesNotContain("Quokka burrow mapping");
    }

    /**
     * A register's export may give no filing date: the filing is then listed under its publication year, and its
     * page says so. Importing the tracker's own export of it back brings that same date and must not turn the
     * estimate into a date of filing; a file that brings another date does.
     */
    @Test
    void anEstimatedFilingDateStaysAnEstimateWhenTheSameDateIsImportedBack() throws Exception {
        String number = ImportTestFiles.number();
        String row = ImportTestFiles.row(number, "baidu", "Numbat termite survey", "2020-01-01");
        assertThat(write(ImportTestFiles.csv(row), MatchChoice.SKIP).getCreatedCount()).isEqualTo(1);
        long id = this.jdbc.queryForObject("select id from patent_filing where title = 'Numbat termite survey'",
                Long.class);
        this.jdbc.update("update patent_filing set filing_date_source = 'PUBLICATION_YEAR' where id = ?", id);

        ImportJob again = write(ImportTestFiles.csv(row), MatchChoice.UPDATE);
        assertThat(again.getUpdatedCount()).isZero();
        assertThat(again.getUnchangedCount()).isEqualTo(1);
        assertThat(filingPage(id)).contains("listed under the year of its publication");

        ImportJob retitled = write(ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "Numbat termite census",
                "2020-01-01")), MatchChoice.UPDATE);
        assertThat(retitled.getUpdatedCount()).as("another title, the same date").isEqualTo(1);
        assertThat(filingPage(id)).contains("Numbat termite census", "listed under the year of its publication");

        ImportJob dated = write(ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "Numbat termite census",
                "2020-03-17")), MatchChoice.UPDATE);
        assertThat(dated.getUpdatedCount()).isEqualTo(1);
        assertThat(filingPage(id)).contains("2020-03-17").doesNotContain("listed under the year of its publication");
        assertThat(this.jdbc.queryForObject("select filing_date_source from patent_filing where id = ?", String.class,
                id)).isEqualTo("FILED");
    }

    /**
     * An update rewrites a filing's IPC rows only when the file brings other symbols or another order. PostgreSQL
     * shows a rewritten row by its new row version ({@code xmin}); on H2 the symbols are checked.
     */
    @Test
    void anUpdateRewritesTheIpcRowsOnlyWhereTheSymbolsChange() throws Exception {
        String kept = ImportTestFiles.number();
        String changed = ImportTestFiles.number();
        assertThat(write(ImportTestFiles.csv(ImportTestFiles.row(kept, "baidu", "Wombat den survey"),
                ImportTestFiles.row(changed, "baidu", "Wombat tunnel survey")), MatchChoice.SKIP).getCreatedCount())
            .isEqualTo(2);
        Map<String, Object> keptBefore = ipcRows("Wombat den survey");

        assertThat(write(ImportTestFiles.csv(ImportTestFiles.row(kept, "baidu", "Wombat den survey revised"),
                ImportTestFiles.row(changed, "baidu", "Wombat tunnel survey revised").replace("G06N 3/08; G10L 15/22",
                        "G10L 15/22; G06N 3/08")), MatchChoice.UPDATE).getUpdatedCount()).isEqualTo(2);

        assertThat(ipcRows("Wombat den survey revised")).as("the same symbols: the same rows").isEqualTo(keptBefore);
        assertThat(ipcRows("Wombat tunnel survey revised").get("symbols")).as("another order is written")
            .isEqualTo("G10L 15/22; G06N 3/08");
    }

    /** Uploads the file as the admin, writes it all or nothing once checked, and returns the finished job. */
    private ImportJob write(byte[] file, MatchChoice onMatch) throws Exception {
        String id = upload(file, this.admin);
        await(id);
        confirm(id, ImportMode.ALL_OR_NOTHING, onMatch, this.admin);
        return await(id);
    }

    /** A filing's IPC symbols in order and, on PostgreSQL, the row versions of its IPC rows. */
    private Map<String, Object> ipcRows(String title) {
        boolean postgres = Boolean.TRUE.equals(this.jdbc.execute((java.sql.Connection c) -> c.getMetaData()
            .getDatabaseProductName()
            .equals("PostgreSQL")));
        Map<String, Object> rows = new java.util.LinkedHashMap<>();
        rows.put("symbols", String.join("; ", this.jdbc.queryForList("""
                select i.symbol from filing_ipc i join patent_filing f on f.id = i.filing_id
                where f.title = ? order by i.position""", String.class, title)));
        if (postgres) {
            rows.put("versions", this.jdbc.queryForList("""
                    select i.xmin::text from filing_ipc i join patent_filing f on f.id = i.filing_id
                    where f.title = ? order by i.position""", String.class, title));
        }
        return rows;
    }

    private String publicSearch(String text) throws Exception {
        return this.mvc.perform(get("/filings").param("q", text)).andReturn().getResponse().getContentAsString();
    }

    private String listed(String text, String sample) throws Exception {
        return this.mvc.perform(get("/filings").param("q", text).param("sample", sample).with(TestAccounts.as(this.admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    }

    @Test
    void aJobConfirmedOnAnInstanceThatCannotSeeItsFileFailsSayingSo() throws Exception {
        String id = upload(ImportTestFiles.csv(ImportTestFiles.rows(2, "baidu", "Elsewhere")), this.admin);
        ImportJob checked = await(id);
        long before = filings();
        // As when the confirmation reaches an instance whose import directory is not shared.
        java.nio.file.Files.delete(java.nio.file.Path.of(checked.getFilePath()));
        confirm(id, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
        ImportJob failed = await(id);
        assertThat(failed.getState()).isEqualTo(ImportState.FAILED);
        assertThat(filings()).isEqualTo(before);
        assertThat(page(id, this.admin)).contains("cannot find the uploaded file", "tracker.import.dir");
    }

    @Test
    void aNumberRepeatedWithinTheFileIsAnError() throws Exception {
        String number = ImportTestFiles.number();
        String id = upload(ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "Once"),
                ImportTestFiles.row(number.replace(".", ""), "baidu", "Twice")), this.admin);
        ImportJob checked = await(id);
        assertThat(checked.getErrorRows()).isEqualTo(1);
        assertThat(page(id, this.admin)).contains("The same office and application number are already in row 2 of this file.");
    }

    @Test
    void fileInAnotherEncodingIsRejected() throws Exception {
        String text = ImportTestFiles.HEADER + "\n" + ImportTestFiles.row(ImportTestFiles.number(), "baidu", "Caf\u00e9");
        String id = upload(text.getBytes(StandardCharsets.ISO_8859_1), this.admin);
        assertThat(await(id).getState()).isEqualTo(ImportState.REJECTED);
        assertThat(page(id, this.admin)).contains("The file is not UTF-8 text: line 2");

        // Past the first kilobyte the streaming decoder finds it.
        List<String> rows = new ArrayList<>(ImportTestFiles.rows(20, "baidu", "Plain"));
        rows.add(ImportTestFiles.row(ImportTestFiles.number(), "baidu", "Caf\u00e9"));
        String late = upload(String.join("\n", prepend(ImportTestFiles.HEADER, rows)).getBytes(StandardCharsets.ISO_8859_1),
                this.admin);
        assertThat(await(late).getState()).isEqualTo(ImportState.REJECTED);
        assertThat(page(late, this.admin)).contains("The file is not UTF-8 text");
    }

    @Test
    void malformedCsvIsRejectedWithTheLine() throws Exception {
        String id = upload(ImportTestFiles.csv(ImportTestFiles.row(ImportTestFiles.number(), "baidu", "Fine"),
                "CN,\"201910000002.1,baidu,Unclosed quote,,2019-03-01,,,,,,FILED,DEEP_LEARNING,,no,,"), this.admin);
        assertThat(await(id).getState()).isEqualTo(ImportState.REJECTED);
        assertThat(page(id, this.admin)).contains("The file is not valid CSV near line");
    }

    @Test
    void aMalformedRowSeveralChunksIntoTheFileRejectsTheFileWithItsLine() throws Exception {
        // The file is read and checked a few chunks ahead of the rest, on a thread of its own: what it meets
        // there must still reach the job, after the rows before it and in place of the rows after it.
        List<String> rows = new ArrayList<>(ImportTestFiles.rows(35, "baidu", "Ahead"));
        rows.add("CN,\"201910000003.1\"x,baidu,Junk after a quote,,2019-03-01,,,,,,FILED,DEEP_LEARNING,,no,,");
        rows.addAll(ImportTestFiles.rows(12, "baidu", "After"));
        String id = upload(ImportTestFiles.csv(rows), this.admin);
        ImportJob job = await(id);
        assertThat(job.getState()).isEqualTo(ImportState.REJECTED);
        assertThat(page(id, this.admin)).contains("The file is not valid CSV near line 37");
    }

    @Test
    void binaryFileRenamedToCsvIsRejected() throws Exception {
        byte[] workbook = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 'x', 'l' };
        String id = upload(workbook, this.admin);
        assertThat(await(id).getState()).isEqualTo(ImportState.REJECTED);
        assertThat(page(id, this.admin)).contains("This is not a text CSV file.");
    }

    @Test
    void unknownAndMissingColumnsAreNamed() throws Exception {
        String unknown = upload(("office,application_number,applicant,title,filing_date,legal_status,"
                + "technology_area,colour\nCN,1,baidu,t,2019-01-01,FILED,NLP,red\n").getBytes(StandardCharsets.UTF_8),
                this.admin);
        assertThat(page(unknown, this.admin)).contains("Unknown column(s): colour.");
        String missing = upload("Office,Title\nCN,t\n".getBytes(StandardCharsets.UTF_8), this.admin);
        assertThat(page(missing, this.admin))
            .contains("Required column(s) missing: application_number, applicant, filing_date, legal_status, technology_area.");
    }

    @Test
    void tooManyRowsAreRefused() throws Exception {
        String id = upload(ImportTestFiles.csv(ImportTestFiles.rows(501, "baidu", "Many")), this.admin);
        assertThat(await(id).getState()).isEqualTo(ImportState.REJECTED);
        assertThat(page(id, this.admin)).contains("The file has more than 500 rows.");
    }

    @Test
    void excelCsvWithBomAndSemicolonsAndUpperCaseHeaderIsRead() throws Exception {
        String header = ImportTestFiles.HEADER.toUpperCase().replace(',', ';');
        String row = ImportTestFiles.row(ImportTestFiles.number(), "haier", "Excel row").replace(',', ';')
            .replace("G06N 3/08; G10L 15/22", "\"G06N 3/08, G10L 15/22\"");
        String id = upload(("\uFEFF" + header + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8), this.admin);
        ImportJob checked = await(id);
        assertThat(checked.getState()).isEqualTo(ImportState.READY);
        assertThat(checked.getValidRows()).isEqualTo(1);
        assertThat(checked.getErrorRows()).isZero();
    }

    @Test
    void aFailureInTheDatabaseMidwayLeavesNothingWritten() throws Exception {
        List<String> rows = new ArrayList<>(ImportTestFiles.rows(24, "baidu", "Midway"));
        rows.add(ImportTestFiles.row(ImportTestFiles.number(), "baidu", "BOOM"));
        String id = upload(ImportTestFiles.csv(rows), this.admin);
        assertThat(await(id).getState()).isEqualTo(ImportState.READY);
        long before = filings();
        long ipcBefore = this.jdbc.queryForObject("select count(*) from filing_ipc", Long.class);
        // Rows 2-21 are written in two chunks before the database refuses row 26.
        this.jdbc.execute("alter table patent_filing add constraint test_no_boom check (title <> 'BOOM')");
        try {
            confirm(id, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
            ImportJob failed = await(id);
            assertThat(failed.getState()).isEqualTo(ImportState.FAILED);
            assertThat(filings()).isEqualTo(before);
            assertThat(this.jdbc.queryForObject("select count(*) from filing_ipc", Long.class)).isEqualTo(ipcBefore);
            assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where entity_id = ? and entity_type = 'import'",
                    Long.class, failed.getId())).isZero();
            assertThat(page(id, this.admin)).contains("Nothing was written: the database refused a row");
            SearchIndexCheck.assertInStep(this.jdbc, this.entityManagerFactory);
        }
        finally {
            this.jdbc.execute("alter table patent_filing drop constraint test_no_boom");
        }
        // The file is still there: checked again and written once the database accepts it.
        this.mvc.perform(post("/admin/import/" + id + "/rerun").with(csrf()).with(TestAccounts.as(this.admin)))
            .andExpect(redirectedUrl("/admin/import/" + id));
        assertThat(await(id).getState()).isEqualTo(ImportState.READY);
        confirm(id, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
        assertThat(await(id).getCreatedCount()).isEqualTo(25);
        assertThat(filings()).isEqualTo(before + 25);
    }

    @Test
    void jobsOfAnInstanceThatStoppedBeatingAreMarkedInterruptedAndCanRunAgain() throws Exception {
        String id = upload(ImportTestFiles.csv(ImportTestFiles.rows(3, "jd", "Restarted")), this.admin);
        ImportJob checked = await(id);
        String live = upload(ImportTestFiles.csv(ImportTestFiles.rows(3, "jd", "Live elsewhere")), this.admin);
        ImportJob other = await(live);
        long before = filings();
        // As after a kill -9 of another instance in the middle of writing: the row says WRITING, its
        // heartbeat stopped three minutes ago, the transaction is gone.
        this.jdbc.update("""
                update import_job set state = 'WRITING', runner = 'killed-host:4242:0a1b2c3d', heartbeat_at = ?
                where id = ?""", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(3), checked.getId());
        // ... while a third instance, alive, beat a moment ago.
        this.jdbc.update("""
                update import_job set state = 'WRITING', runner = 'live-host:4343:1a2b3c4d', heartbeat_at = ?
                where id = ?""", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5), other.getId());
        this.runner.markInterrupted();
        assertThat(job(id).getState()).isEqualTo(ImportState.INTERRUPTED);
        assertThat(job(live).getState()).isEqualTo(ImportState.WRITING);
        assertThat(filings()).isEqualTo(before);
        assertThat(page(id, this.admin)).contains("The application stopped while this import was running",
                "Check the file again");

        this.mvc.perform(post("/admin/import/" + id + "/rerun").with(csrf()).with(TestAccounts.as(this.admin)))
            .andExpect(redirectedUrl("/admin/import/" + id));
        assertThat(await(id).getState()).isEqualTo(ImportState.READY);
        confirm(id, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
        assertThat(await(id).getState()).isEqualTo(ImportState.DONE);
        assertThat(filings()).isEqualTo(before + 3);
        this.jdbc.update("update import_job set state = 'CANCELLED' where id = ?", other.getId());
    }

    /**
     * The filings reach lists and search in the background after the write: the page follows them there while the
     * job's instance beats, and says so when that instance stopped before the index had them all.
     */
    @Test
    void thePageFollowsTheFilingsToTheSearchIndexAndSaysWhenTheInstanceStoppedBeforeIt() throws Exception {
        String id = upload(ImportTestFiles.csv(ImportTestFiles.rows(4, "jd", "Quokka indexed later")), this.admin);
        await(id);
        confirm(id, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
        ImportJob done = await(id);
        assertThat(done.getIndexState()).isEqualTo(IndexState.INDEXED);
        assertThat(done.getIndexTotal()).isEqualTo(4);
        assertThat(done.secondsToFindable()).isBetween(0L, 30L);
        assertThat(page(id, this.admin)).contains("All 4 written filings are in lists and search since")
            .doesNotContain("http-equiv=\"refresh\"");
        assertThat(search("quokka")).contains("Quokka indexed later 3");

        // As while another live instance's background still works on them (it beat a moment ago) ...
        this.jdbc.update("""
                update import_job set index_state = 'INDEXING', indexed_rows = 1, indexed_at = null,
                    runner = 'live-host:4343:1a2b3c4d', heartbeat_at = ?
                where id = ?""", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5), done.getId());
        assertThat(page(id, this.admin)).contains("Adding the written filings to lists and search", "1 of 4 filings",
                "their own pages already show them as imported", "http-equiv=\"refresh\"");
        this.runner.markInterrupted();
        assertThat(job(id).getIndexState()).isEqualTo(IndexState.INDEXING);

        // ... and once that instance has stopped beating.
        this.jdbc.update("update import_job set heartbeat_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(3), done.getId());
        this.runner.markInterrupted();
        assertThat(job(id).getIndexState()).isEqualTo(IndexState.INTERRUPTED);
        assertThat(job(id).getState()).isEqualTo(ImportState.DONE);
        assertThat(page(id, this.admin))
            .contains("The filings are written, but the instance stopped after adding 1 of 4 to lists and search")
            .doesNotContain("http-equiv=\"refresh\"", "Adding the written filings");
    }

    @Test
    void editorsImportOnlyTheirOwnCompanysFilings() throws Exception {
        TrackerUser editor = this.accounts.newEditor("haier");
        String id = upload(ImportTestFiles.csv(ImportTestFiles.row(ImportTestFiles.number(), "haier", "Haier own"),
                ImportTestFiles.row(ImportTestFiles.number(), "baidu", "Not Haier's")), editor);
        ImportJob checked = await(id);
        assertThat(checked.getValidRows()).isEqualTo(1);
        assertThat(checked.getErrorRows()).isEqualTo(1);
        assertThat(page(id, editor)).contains("Editors can import only their own company's filings.");

        // Another person's job does not exist for an editor; admins see every job.
        TrackerUser otherEditor = this.accounts.newEditor("haier");
        this.mvc.perform(get("/admin/import/" + id).with(TestAccounts.as(otherEditor))).andExpect(status().isNotFound());
        this.mvc.perform(post("/admin/import/" + id + "/confirm").with(csrf()).with(TestAccounts.as(otherEditor))
            .param("mode", "VALID_ONLY").param("onMatch", "SKIP")).andExpect(status().isNotFound());
        assertThat(page(id, this.admin)).contains("Only " + editor.username() + ", who uploaded this file, can confirm it.");
    }

    @Test
    void anEditorCannotUpdateAnotherCompanysFilingThroughTheImport() throws Exception {
        String number = ImportTestFiles.number();
        String first = upload(ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "Baidu owns this")), this.admin);
        await(first);
        confirm(first, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
        await(first);
        TrackerUser editor = this.accounts.newEditor("jd");
        String id = upload(ImportTestFiles.csv(ImportTestFiles.row(number, "jd", "JD takes it")), editor);
        ImportJob checked = await(id);
        assertThat(checked.getErrorRows()).isEqualTo(1);
        assertThat(checked.getMatchRows()).isZero();
    }

    @Test
    void signedOutPeopleAreSentToSignInAndPostsNeedTheCsrfToken() throws Exception {
        this.mvc.perform(get("/admin/import")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get("/admin/import/template.csv")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(multipart("/admin/import").file(file(ImportTestFiles.csv())).with(csrf()))
            .andExpect(redirectedUrl("/login"));
        this.mvc.perform(multipart("/admin/import").file(file(ImportTestFiles.csv())).with(TestAccounts.as(this.admin)))
            .andExpect(status().isForbidden());
    }

    @Test
    void noFileChosenIsSaidOnThePage() throws Exception {
        String body = this.mvc.perform(multipart("/admin/import").with(csrf()).with(TestAccounts.as(this.admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(body).contains("Choose a CSV file to upload.");
    }

    @Test
    void templateHasTheHeaderAndAnExampleRowThatPassesTheRules() throws Exception {
        byte[] template = this.mvc.perform(get("/admin/import/template.csv").with(TestAccounts.as(this.admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        String id = upload(template, this.admin);
        ImportJob checked = await(id);
        assertThat(checked.getState()).isEqualTo(ImportState.READY);
        assertThat(checked.getTotalRows()).isEqualTo(1);
        assertThat(checked.getErrorRows()).isZero();
    }

    @Test
    void anExportedFileImportsAgainAsMatchingRowsWithFormulasRestored() throws Exception {
        String number = ImportTestFiles.number();
        String id = upload(ImportTestFiles.csv(ImportTestFiles.row(number, "haier", "=SUM(A1:A2) round trip")),
                this.admin);
        await(id);
        confirm(id, ImportMode.ALL_OR_NOTHING, MatchChoice.SKIP, this.admin);
        assertThat(await(id).getCreatedCount()).isEqualTo(1);

        byte[] export = this.mvc.perform(get("/filings/export.csv").with(TestAccounts.as(this.admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("'=SUM(A1:A2) round trip");
        long before = filings();
        String again = upload(export, this.admin);
        ImportJob checked = await(again);
        assertThat(checked.getErrorRows()).isZero();
        assertThat(checked.getMatchRows()).isEqualTo(checked.getTotalRows()).isEqualTo((int) before);
        confirm(again, ImportMode.ALL_OR_NOTHING, MatchChoice.UPDATE, this.admin);
        ImportJob written = await(again);
        assertThat(written.getUpdatedCount()).as("the export gives every filing as it is stored").isZero();
        assertThat(written.getUnchangedCount()).isEqualTo((int) before);
        assertThat(filings()).isEqualTo(before);
        assertThat(titles()).contains("=SUM(A1:A2) round trip");
    }

    // ---- helpers ----

    @Test
    void anAccountMayHaveThreeUploadsWaitingAndTheFourthIsRefused() throws Exception {
        TrackerUser editor = this.accounts.newEditor("baidu");
        List<String> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = upload(ImportTestFiles.csv(ImportTestFiles.rows(2, "baidu", "Waiting " + i)), editor);
            assertThat(await(id).getState()).isEqualTo(ImportState.READY);
            waiting.add(id);
        }
        String refused = this.mvc.perform(multipart("/admin/import")
                .file(file(ImportTestFiles.csv(ImportTestFiles.rows(2, "baidu", "One too many")))).with(csrf())
                .with(TestAccounts.as(editor)))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("You already have 3 imports waiting");
        assertThat(this.jobs.findByOwnerOrderByCreatedAtDesc(editor.username(), Pageable.unpaged())).hasSize(3);

        this.mvc.perform(post("/admin/import/" + waiting.get(0) + "/cancel").with(csrf()).with(TestAccounts.as(editor)));
        assertThat(await(upload(ImportTestFiles.csv(ImportTestFiles.rows(2, "baidu", "Now it fits")), editor))
            .getState()).isEqualTo(ImportState.READY);
    }

    @Test
    void filesOfJobsLeftAloneAreDeletedAfterTheStatedTimeAndAbandonedJobsCancelled() throws Exception {
        String abandoned = upload(ImportTestFiles.csv(ImportTestFiles.rows(3, "jd", "Abandoned")), this.admin);
        String done = upload(ImportTestFiles.csv(ImportTestFiles.row(ImportTestFiles.number(), "jd", "Done"),
                ImportTestFiles.row("201910000001.X", "jd", "Bad number")), this.admin);
        assertThat(await(abandoned).getState()).isEqualTo(ImportState.READY);
        await(done);
        confirm(done, ImportMode.VALID_ONLY, MatchChoice.SKIP, this.admin);
        assertThat(await(done).getState()).isEqualTo(ImportState.DONE);
        Path uploadFile = Path.of(job(abandoned).getFilePath());
        Path report = Path.of(job(done).getErrorReportPath());
        assertThat(uploadFile).exists();
        assertThat(report).exists();
        Path directory = uploadFile.getParent();
        Path oldOrphan = Files.writeString(directory.resolve(java.util.UUID.randomUUID() + ".csv"), "office");
        Files.setLastModifiedTime(oldOrphan, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
        Path newOrphan = Files.writeString(directory.resolve(java.util.UUID.randomUUID() + ".csv"), "office");

        this.sweeper.sweep(Instant.now());
        assertThat(uploadFile).as("kept while the stated time has not passed").exists();

        this.jdbc.update("update import_job set finished_at = ? where public_id in (?, ?)",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(25))), abandoned, done);
        this.sweeper.sweep(Instant.now());

        assertThat(uploadFile).doesNotExist();
        assertThat(report).doesNotExist();
        assertThat(oldOrphan).doesNotExist();
        assertThat(newOrphan).exists();
        assertThat(job(abandoned).getState()).isEqualTo(ImportState.CANCELLED);
        assertThat(page(abandoned, this.admin)).contains("was left waiting for 24 hours");
        assertThat(job(done).getState()).isEqualTo(ImportState.DONE);
        this.mvc.perform(get("/admin/import/" + done + "/errors.csv").with(TestAccounts.as(this.admin)))
            .andExpect(status().isNotFound());
        Files.delete(newOrphan);
    }

    private String upload(byte[] content, TrackerUser user) throws Exception {
        String location = this.mvc.perform(multipart("/admin/import").file(file(content)).with(csrf())
            .with(TestAccounts.as(user)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        assertThat(location).startsWith("/admin/import/");
        return location.substring("/admin/import/".length());
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "filings.csv", "text/csv", content);
    }

    private void confirm(String id, ImportMode mode, MatchChoice onMatch, TrackerUser user) throws Exception {
        this.mvc.perform(post("/admin/import/" + id + "/confirm").with(csrf()).with(TestAccounts.as(user))
            .param("mode", mode.name()).param("onMatch", onMatch.name()))
            .andExpect(redirectedUrl("/admin/import/" + id));
    }

    private ImportJob job(String id) {
        return this.jobs.findByPublicId(id).orElseThrow();
    }

    /** The job once it has stopped running; fails when it still runs after 30 seconds. */
    private ImportJob await(String id) {
        org.awaitility.Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> !job(id).getState().isRunning() && !job(id).isIndexing());
        return job(id);
    }

    private String page(String id, TrackerUser user) throws Exception {
        String html = this.mvc.perform(get("/admin/import/" + id).with(TestAccounts.as(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        return HtmlUtils.htmlUnescape(html);
    }

    private String filingPage(long id) throws Exception {
        String html = this.mvc.perform(get("/filings/" + id).with(TestAccounts.as(this.admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        return HtmlUtils.htmlUnescape(html);
    }

    private List<CSVRecord> report(String id, TrackerUser user) throws Exception {
        byte[] body = this.mvc.perform(get("/admin/import/" + id + "/errors.csv").with(TestAccounts.as(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    private long filings() {
        return this.jdbc.queryForObject("select count(*) from patent_filing", Long.class);
    }

    /** The pre-computed filing counts add up to the filings after every import, and the search index has their words. */
    private void assertCountsInStep() {
        assertThat(this.jdbc.queryForObject("select coalesce(sum(filings), 0) from filing_count", Long.class))
            .isEqualTo(filings());
        SearchIndexCheck.assertInStep(this.jdbc, this.entityManagerFactory);
    }

    private String search(String text) throws Exception {
        return this.mvc.perform(get("/filings").param("q", text).with(TestAccounts.as(this.admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    }

    private List<String> titles() {
        return this.jdbc.queryForList("select title from patent_filing", String.class);
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

}

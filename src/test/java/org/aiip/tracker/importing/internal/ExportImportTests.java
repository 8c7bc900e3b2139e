package org.aiip.tracker.importing.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.FilingCounts;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.CompanyName;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The files analysts hold (src/test/resources/import-examples: The Lens, Google Patents, Espacenet in
 * English and French, and the tracker's own CSV), imported through the real pages onto the real H2
 * database: each format recognised, numbers read as the registers write them, company names resolved
 * through aliases, unknown names waiting in the review queue and imported once decided, families
 * joined, and a newer file updating a status with an audit entry while a field changed by hand is kept.
 * Every test starts from an empty record with the same aliases.
 */
@SpringBootTest(properties = { "tracker.import.dir=target/export-import-tests", "tracker.import.wait-millis=10000" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExportImportTests {

    static final Path EXAMPLES = Path.of("src/test/resources/import-examples");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    @Autowired
    FilingCounts counts;

    @Autowired
    jakarta.persistence.EntityManager em;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    TrackerUser admin;

    @BeforeEach
    void emptyRecordWithAliases() {
        this.admin = new TestAccounts(this.accountService, this.members).newAdmin();
        for (String table : List.of("filing_family_ref", "filing_party", "filing_co_applicant", "filing_ipc",
                "patent_filing", "import_waiting_name", "import_waiting_row", "applicant_name", "member_alias")) {
            this.jdbc.update("delete from " + table);
        }
        this.jdbc.update(FilingCounts.REBUILD[0]);
        alias("baidu", "Beijing Baidu Netcom Science and Technology Co., Ltd.");
        alias("baidu", "Baidu Online Network Technology (Beijing) Co., Ltd.");
        alias("baidu", "Baidu USA LLC");
        alias("jd", "Beijing Jingdong Century Trading Co., Ltd.");
        alias("jd", "Beijing Jingdong Shangke Information Technology Co., Ltd.");
        alias("jd", "JD Digital Technology Holdings Co Ltd");
        alias("haier", "Haier Smart Home Co., Ltd.");
        alias("haier", "Haier US Appliance Solutions Inc");
        alias("haier", "海尔集团公司");
        alias("haier", "青岛海尔智能家电科技有限公司");
        alias("haier", "北京海尔广科数字技术有限公司");
    }

    @Test
    void aLensFileIsPreviewedWithItsNotesAndErrorsThenWaitingRowsImportWhenTheirNamesAreDecided() throws Exception {
        String id = upload("lens.csv");
        ImportJob checked = awaitState(id, ImportState.READY);
        assertThat(checked.getFileFormat()).isEqualTo("LENS");
        assertThat(checked.getTotalRows()).isEqualTo(9);
        assertThat(checked.getErrorRows()).as("wrong check character, impossible date, office DE").isEqualTo(3);
        assertThat(checked.getWaitingRows()).as("rows naming Qingdao Haier Washing Machine or Wodong Tianjun").isEqualTo(3);

        String preview = page(id, "en");
        assertThat(preview).contains("The check character was missing: computed from 201410088283 as X.")
            .contains("The check character should be 3, not 4")
            .contains("QINGDAO HAIER WASHING MACHINE CO LTD")
            .contains("BEIJING WODONG TIANJUN INFORMATION TECHNOLOGY CO LTD")
            .contains("not \"DE\"");
        assertThat(page(id, "ko")).contains("검사 문자가 없어 201410088283에서 계산했습니다: X.");
        assertThat(page(id, "zh")).contains("缺少校验位：根据 201410088283 算出为 X。");
        assertThat(filings()).as("nothing is written before the confirmation").isZero();

        confirm(id, "VALID_ONLY", "UPDATE");
        ImportJob done = awaitState(id, ImportState.DONE);
        assertThat(done.getCreatedCount()).isEqualTo(3);
        assertThat(filings()).isEqualTo(3);
        assertThat(waitingRows()).isEqualTo(3);
        // The application number without its check character is stored whole; the Lens DOCDB form is read.
        assertThat(this.jdbc.queryForList("select application_number from patent_filing order by application_number",
                String.class)).containsExactly("14547020", "2014100882838".substring(0, 12) + "X", "2015105114925");

        String queue = html(get("/admin/names"));
        assertThat(queue).contains("QINGDAO HAIER WASHING MACHINE CO LTD").contains("BEIJING WODONG TIANJUN");
        long washer = nameId("QINGDAO HAIER WASHING MACHINE CO LTD");
        this.mvc.perform(post("/admin/names/" + washer + "/assign").with(csrf()).with(TestAccounts.as(this.admin))
            .param("version", "0").param("memberId", String.valueOf(memberId("haier"))).param("kind", "SUBSIDIARY"))
            .andExpect(redirectedUrl("/admin/names"));
        assertThat(filings()).as("the two Haier rows are imported without the file").isEqualTo(5);
        assertThat(aliasKeys("haier")).contains(CompanyName.key("Qingdao Haier Washing Machine Co Ltd"));

        long wodong = nameId("BEIJING WODONG TIANJUN INFORMATION TECHNOLOGY CO LTD");
        this.mvc.perform(post("/admin/names/" + wodong + "/not-member").with(csrf()).with(TestAccounts.as(this.admin))
            .param("version", "0"))
            .andExpect(redirectedUrl("/admin/names"));
        assertThat(filings()).isEqualTo(6);
        assertThat(waitingRows()).isZero();

        // The JD filing keeps its outside co-applicant and counts 1/2 for JD.
        Map<String, Object> parcel = this.jdbc.queryForMap("""
                select f.applicant_count, m.slug from patent_filing f join member_company m on m.id = f.applicant_id
                where f.publication_serial = 'US20240078585'""");
        assertThat(parcel).containsEntry("applicant_count", 2).containsEntry("slug", "jd");
        assertThat(this.jdbc.queryForList("select name from filing_party p join patent_filing f on f.id = p.filing_id"
                + " where f.publication_serial = 'US20240078585' and p.member_id is null", String.class))
            .containsExactly("BEIJING WODONG TIANJUN INFORMATION TECHNOLOGY CO LTD");

        // The US patent claims the CN application's priority: one family across offices, on both pages.
        List<String> keys = this.jdbc.queryForList("select family_key from patent_filing where publication_serial in"
                + " ('CN103886044', 'US9910900') or grant_serial = 'US9910900'", String.class);
        assertThat(keys).hasSize(2).doesNotContainNull();
        assertThat(keys.get(0)).isEqualTo(keys.get(1));
        long cn = this.jdbc.queryForObject("select id from patent_filing where publication_serial = 'CN103886044'", Long.class);
        assertThat(html(get("/filings/" + cn))).contains("14/547,020").contains("/families/" + keys.get(0));
        assertThat(html(get("/families/" + keys.get(0)))).as("the family page, across offices")
            .contains("201410088283.X").contains("14/547,020").contains("2 filings at 2 offices");
        assertThat(html(get("/api/v1/filings/" + cn))).as("the API gives the source and the names as written")
            .contains("\"source\":\"https://www.lens.org/lens/search/patent/list?q=CN103886044A\"")
            .contains("\"filingDateKnown\":\"FILED\"")
            .contains("\"name\":\"BEIJING BAIDU NETCOM SCIENCE & TECHNOLOGY CO LTD\"");
        assertThat(html(get("/filings").param("q", "search results"))).as("the title search finds imported filings")
            .contains("201410088283.X");
        assertCountsInStep();
    }

    @Test
    void aNewerFileUpdatesAStatusWithAnAuditEntryAndKeepsATitleChangedByHand() throws Exception {
        importWhole("lens.csv");
        long id = this.jdbc.queryForObject("select id from patent_filing where publication_serial = 'CN105095492'",
                Long.class);
        assertThat(legalStatus(id)).as("an A publication whose source says active: granted once the grant is known")
            .isEqualTo("PUBLISHED");
        // Someone corrects the machine-translated title by hand.
        editTitle(id, "Data processing method and device");

        String update = upload("lens-update.csv");
        ImportJob checked = awaitState(update, ImportState.READY);
        assertThat(checked.getMatchRows()).isEqualTo(2);
        assertThat(checked.getConflictCount()).as("the title changed by hand").isEqualTo(1);
        assertThat(page(update, "en")).contains("Changed by hand since the last import")
            .contains("Data processing method and device").contains("A kind of data processing method and device");

        confirm(update, "ALL_OR_NOTHING", "UPDATE");
        ImportJob done = awaitState(update, ImportState.DONE);
        assertThat(done.getUpdatedCount()).as("only the filing the grant changes").isEqualTo(1);
        assertThat(legalStatus(id)).isEqualTo("GRANTED");
        assertThat(this.jdbc.queryForObject("select grant_number from patent_filing where id = ?", String.class, id))
            .isEqualTo("CN105095492B");
        assertThat(this.jdbc.queryForObject("select title from patent_filing where id = ?", String.class, id))
            .as("the hand-made title is kept").isEqualTo("Data processing method and device");
        Map<String, Object> audit = this.jdbc.queryForMap("select e.summary, c.old_value, c.new_value from audit_entry e"
                + " join audit_change c on c.entry_id = e.id where e.entity_type = 'filing' and e.entity_id = ?"
                + " and c.field = 'legalStatus'", id);
        assertThat((String) audit.get("summary")).isEqualTo("import #" + done.getId() + " (lens-update.csv)");
        assertThat(audit).containsEntry("old_value", "PUBLISHED").containsEntry("new_value", "GRANTED");
        assertThat(filings()).as("nothing duplicated").isEqualTo(3);
    }

    @Test
    void aChosenConflictTakesTheFilesValue() throws Exception {
        importWhole("lens.csv");
        long id = this.jdbc.queryForObject("select id from patent_filing where publication_serial = 'CN105095492'",
                Long.class);
        editTitle(id, "Typed over");
        String update = upload("lens-update.csv");
        awaitState(update, ImportState.READY);
        this.mvc.perform(post("/admin/import/" + update + "/confirm").with(csrf()).with(TestAccounts.as(this.admin))
            .param("mode", "ALL_OR_NOTHING").param("onMatch", "UPDATE").param("take", id + ":title"))
            .andExpect(redirectedUrl("/admin/import/" + update));
        awaitState(update, ImportState.DONE);
        assertThat(this.jdbc.queryForObject("select title from patent_filing where id = ?", String.class, id))
            .isEqualTo("A kind of data processing method and device");
    }

    @Test
    void aGooglePatentsFileHasItsHeaderOnTheSecondLineAndNoApplicationNumbers() throws Exception {
        String id = upload("google-patents.csv");
        ImportJob checked = awaitState(id, ImportState.READY);
        assertThat(checked.getFileFormat()).isEqualTo("GOOGLE_PATENTS");
        assertThat(checked.getErrorRows()).isEqualTo(1);
        assertThat(checked.getWaitingRows()).isZero();
        assertThat(page(id, "en")).as("the number column shows a publication number and says so")
            .contains("Publication number: the file gives no application number");
        assertThat(page(id, "ko")).contains("공개번호: 파일에 출원번호가 없습니다");
        assertThat(page(id, "zh")).contains("公开号：文件中没有申请号");
        confirm(id, "VALID_ONLY", "UPDATE");
        assertThat(awaitState(id, ImportState.DONE).getCreatedCount()).isEqualTo(4);
        assertThat(count("select count(*) from patent_filing where application_number is null")).isEqualTo(4);
        assertThat(count("select count(*) from patent_filing where source_url like 'https://patents.google.com/%'"))
            .isEqualTo(4);
        // "Haier US Appliance Solutions, Inc." is one name, not two, and it is Haier's.
        assertThat(this.jdbc.queryForObject("select m.slug from patent_filing f join member_company m"
                + " on m.id = f.applicant_id where f.grant_serial = 'US11891295'", String.class)).isEqualTo("haier");
    }

    @Test
    void aFilingKnownByItsPublicationIsJoinedWhenAFileBringsItsApplicationNumber() throws Exception {
        importGooglePatentsFile();
        long before = filings();

        String tracker = upload("tracker.csv");
        ImportJob checked = awaitState(tracker, ImportState.READY);
        assertThat(checked.getFileFormat()).isEqualTo("TRACKER");
        assertThat(checked.getErrorRows()).as("a company that is not a member").isEqualTo(1);
        assertThat(checked.getMatchRows()).as("both rows are filings Google's file brought by publication").isEqualTo(2);
        confirm(tracker, "VALID_ONLY", "UPDATE");
        awaitState(tracker, ImportState.DONE);

        assertThat(filings()).as("joined, not duplicated").isEqualTo(before);
        assertThat(this.jdbc.queryForObject("select application_number from patent_filing where grant_serial ="
                + " 'CN113158101'", String.class)).isEqualTo("2020116344495");
        assertThat(this.jdbc.queryForObject("select application_number from patent_filing where publication_serial ="
                + " 'CN103856376'", String.class)).isEqualTo("2012105092481");
    }

    @Test
    void theTrackersExportOfFilingsKnownByTheirPublicationOnlyImportsBackAndUpdatesThem() throws Exception {
        importGooglePatentsFile();
        long before = filings();
        String export = new String(this.mvc.perform(get("/filings/export.csv").with(TestAccounts.as(this.admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(export).contains("智能交互方法和智能交互系统");

        byte[] revised = export.replace("智能交互方法和智能交互系统", "智能交互方法和系统").getBytes(StandardCharsets.UTF_8);
        String again = upload("filings.csv", revised);
        ImportJob checked = awaitState(again, ImportState.READY);
        assertThat(checked.getFileFormat()).isEqualTo("TRACKER");
        assertThat(checked.getErrorRows()).as(page(again, "en")).isZero();
        assertThat(checked.getMatchRows()).as("every row names a filing on record by its publication").isEqualTo(4);
        assertThat(page(again, "en")).as("the matches' number column says it shows publication numbers")
            .contains("Publication number: the file gives no application number");
        confirm(again, "ALL_OR_NOTHING", "UPDATE");
        ImportJob done = awaitState(again, ImportState.DONE);
        assertThat(done.getUpdatedCount()).as("the revised title").isOne();
        assertThat(done.getUnchangedCount()).isEqualTo(3);
        assertThat(filings()).as("updated, not duplicated").isEqualTo(before);
        assertThat(this.jdbc.queryForMap("select title, application_number, filing_date_source from patent_filing"
                + " where publication_serial = 'CN103856376'"))
            .containsEntry("title", "智能交互方法和系统").containsEntry("application_number", null);
    }

    @Test
    void aTrackerRowNamingAPublicationNotOnRecordOrTwiceSaysSoNextToTheColumn() throws Exception {
        importGooglePatentsFile();
        long before = filings();
        String known = String.join(",", "CN", "", "haier", "Known by its publication", "", "2012-12-03", "",
                "CN103856376A", "2014-06-11", "", "", "PUBLISHED", "IOT", "", "no", "", "");
        String unknown = String.join(",", "CN", "", "haier", "Not on record", "", "2012-12-03", "", "CN103856999A",
                "2014-06-11", "", "", "PUBLISHED", "IOT", "", "no", "", "");
        String id = upload("filings.csv", ImportTestFiles.csv(known, unknown, known.replace("Known by", "Again by")));
        ImportJob checked = awaitState(id, ImportState.READY);
        assertThat(checked.getMatchRows()).isOne();
        assertThat(checked.getErrorRows()).isEqualTo(2);
        assertThat(page(id, "en")).contains("No filing on record is known by this publication number alone")
            .contains("The filing of this publication is already named in row 2 of this file.");
        assertThat(page(id, "ko")).contains("이 공개번호만으로 알려진 출원이 기록에 없습니다");
        assertThat(page(id, "zh")).contains("记录中没有仅以此公开号登记的申请");
        confirm(id, "VALID_ONLY", "UPDATE");
        assertThat(awaitState(id, ImportState.DONE).getUpdatedCount()).isOne();
        assertThat(filings()).as("a row without an application number adds no filing").isEqualTo(before);
    }

    @Test
    void espacenetFilesInEnglishAndFrenchAreRecognisedAndTheSecondMatchesTheFirst() throws Exception {
        String english = upload("espacenet-en.csv");
        ImportJob checked = awaitState(english, ImportState.READY);
        assertThat(checked.getFileFormat()).isEqualTo("ESPACENET");
        assertThat(checked.getErrorRows()).as("a row without applicant").isEqualTo(1);
        assertThat(checked.getWaitingRows()).as("QINGDAO HAIER WASHING MACHINE CO LTD [CN] is not known yet").isOne();
        assertThat(page(english, "en")).contains("the year of its publication, 2015")
            .contains("earliest priority date, 2018-12-11")
            .as("the row's date in the table of new filings says what it is")
            .contains("2015 (year of publication; no filing date in the file)");
        assertThat(page(english, "zh")).contains("2015（公开年份；文件中无申请日）");
        confirm(english, "VALID_ONLY", "UPDATE");
        awaitState(english, ImportState.DONE);
        assertThat(count("select count(*) from patent_filing where filing_date_source = 'PUBLICATION_YEAR'")).isOne();

        String french = upload("espacenet-fr.csv");
        ImportJob again = awaitState(french, ImportState.READY);
        assertThat(again.getFileFormat()).isEqualTo("ESPACENET");
        assertThat(again.getMatchRows()).as("the JD filing of the English file").isOne();
        assertThat(again.getErrorRows()).isOne();
    }

    @Test
    void theExportSaysHowMuchOfEachFilingDateIsKnownAndARowThatSaysOtherwiseReplacesIt() throws Exception {
        importWhole("espacenet-en.csv");
        String estimated = publicationWhereDateIs("PUBLICATION_YEAR");
        String byPriority = publicationWhereDateIs("EARLIEST_PRIORITY");

        String export = new String(this.mvc.perform(get("/filings/export.csv").with(TestAccounts.as(this.admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lines = export.lines().toList();
        assertThat(lines.get(0)).contains("filing_date,filing_date_known,priority_date");
        String estimatedLine = lines.stream().filter(l -> l.contains(estimated)).findFirst().orElseThrow();
        assertThat(estimatedLine).as("the year of publication stands in for the filing date")
            .contains("-01-01,publication_year,");
        assertThat(lines.stream().filter(l -> l.contains(byPriority)).findFirst().orElseThrow())
            .contains(",priority,");
        assertThat(lines.stream().skip(1).filter(l -> l.contains(",day,")).count())
            .as("every other filing has its date of filing")
            .isEqualTo(count("select count(*) from patent_filing where filing_date_source = 'FILED'"));

        // Someone finds the filing date is really 1 January and says so in the file: the record takes it.
        String revised = export.replace(estimatedLine, estimatedLine.replace(",publication_year,", ",day,"));
        String again = upload("filings.csv", revised.getBytes(StandardCharsets.UTF_8));
        ImportJob checked = awaitState(again, ImportState.READY);
        assertThat(checked.getErrorRows()).as(page(again, "en")).isZero();
        confirm(again, "ALL_OR_NOTHING", "UPDATE");
        ImportJob done = awaitState(again, ImportState.DONE);
        assertThat(done.getUpdatedCount()).as("only the row whose date source changed").isOne();
        assertThat(this.jdbc.queryForObject("select filing_date_source from patent_filing where publication_number = ?",
                String.class, estimated)).isEqualTo("FILED");
        assertThat(this.jdbc.queryForObject("select filing_date_source from patent_filing where publication_number = ?",
                String.class, byPriority)).as("the other rows say what the record says").isEqualTo("EARLIEST_PRIORITY");
    }

    @Test
    void aNewFilingKnownToTheYearComesInAsOneAndADateThatDoesNotFitIsAnErrorInThatColumn() throws Exception {
        String header = String.join(",", org.aiip.tracker.filing.FilingColumns.NAMES);
        String yearOnly = trackerRow(ImportTestFiles.number(), "Known to the year", "2019-01-01", "year", "2019-03-05");
        String notFirst = trackerRow(ImportTestFiles.number(), "Month with a day", "2019-07-20", "month", "");
        String unknown = trackerRow(ImportTestFiles.number(), "Unknown precision", "2019-05-05", "yearly", "");
        String notPriority = trackerRow(ImportTestFiles.number(), "Priority elsewhere", "2019-02-01", "priority",
                "2018-12-01");
        String day = trackerRow(ImportTestFiles.number(), "A day", "2019-04-02", "day", "");
        String file = String.join("\r\n", header, yearOnly, notFirst, unknown, notPriority, day) + "\r\n";
        String id = upload("filings.csv", file.getBytes(StandardCharsets.UTF_8));
        ImportJob checked = awaitState(id, ImportState.READY);
        assertThat(checked.getErrorRows()).as(page(id, "en")).isEqualTo(3);
        assertThat(page(id, "en")).contains("2019 (year only)")
            .contains("the filing date must then be the 1st of that month, not 2019-07-20")
            .contains("Enter day, month, year, priority or publication_year, not \"yearly\"")
            .contains("the filing date must then be the priority_date, not 2019-02-01")
            .contains("filing_date_known");
        assertThat(page(id, "ko")).contains("2019(연도만)").contains("그 달의 1일이어야 합니다(2019-07-20이 아님)");
        assertThat(page(id, "zh")).contains("2019（仅年份）").contains("申请日应为该月1日，而不是2019-07-20");

        confirm(id, "VALID_ONLY", "UPDATE");
        assertThat(awaitState(id, ImportState.DONE).getCreatedCount()).isEqualTo(2);
        assertThat(this.jdbc.queryForList(
                "select title || ': ' || filing_date_source from patent_filing order by title", String.class))
            .containsExactly("A day: FILED", "Known to the year: FILING_YEAR");
        long filing = count("select id from patent_filing where title = 'Known to the year'");
        assertThat(html(get("/filings/" + filing))).as("the priority date after 1 January is no error: a stand-in")
            .contains("2019 (only the year is known");
    }

    // ---- helpers ----

    private String publicationWhereDateIs(String source) {
        return this.jdbc.queryForObject("select publication_number from patent_filing where filing_date_source = ?",
                String.class, source);
    }

    /** A row of the tracker's own format with every column, {@code filing_date_known} included. */
    private static String trackerRow(String number, String title, String filingDate, String known, String priority) {
        return String.join(",", "CN", number, "baidu", title, "", filingDate, known, priority, "", "", "", "", "FILED",
                "DEEP_LEARNING", "", "no", "", "");
    }

    /** Imports Google's file of four filings known by their publication only (no application numbers). */
    private void importGooglePatentsFile() throws Exception {
        importWhole("google-patents.csv");
    }

    /** Uploads an example, writes its rows without errors (updating matches) and waits until it is done. */
    private String importWhole(String example) throws Exception {
        String id = upload(example);
        awaitState(id, ImportState.READY);
        confirm(id, "VALID_ONLY", "UPDATE");
        awaitState(id, ImportState.DONE);
        return id;
    }

    /** A change by hand, saved as the filing form saves it (through JPA). */
    private void editTitle(long id, String title) {
        this.transactions.executeWithoutResult(status -> this.em.find(PatentFiling.class, id).setTitle(title));
    }

    private void alias(String slug, String name) {
        this.jdbc.update("""
                insert into member_alias (member_id, name, match_key, kind, status, created_at, version)
                select id, ?, ?, 'LEGAL_ENTITY', 'APPROVED', current_timestamp, 0 from member_company where slug = ?""",
                name, CompanyName.key(name), slug);
    }

    private String upload(String example) throws Exception {
        return upload(example, Files.readAllBytes(EXAMPLES.resolve(example)));
    }

    private String upload(String name, byte[] content) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", name, "text/csv", content);
        String location = this.mvc.perform(multipart("/admin/import").file(file).with(csrf())
            .with(TestAccounts.as(this.admin)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        return location.substring("/admin/import/".length());
    }

    private void confirm(String id, String mode, String onMatch) throws Exception {
        this.mvc.perform(post("/admin/import/" + id + "/confirm").with(csrf()).with(TestAccounts.as(this.admin))
            .param("mode", mode).param("onMatch", onMatch))
            .andExpect(redirectedUrl("/admin/import/" + id));
    }

    private ImportJob awaitState(String id, ImportState state) {
        return await().atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> this.jobs.findByPublicId(id).orElseThrow(),
                    job -> job.getState() == state && !job.isIndexing());
    }

    private String page(String id, String lang) throws Exception {
        return html(get("/admin/import/" + id).param("lang", lang));
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        if (request instanceof org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder builder) {
            builder.with(TestAccounts.as(this.admin)).locale(Locale.ENGLISH);
        }
        return HtmlUtils.htmlUnescape(this.mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
    }

    private long nameId(String name) {
        return this.jdbc.queryForObject("select id from applicant_name where match_key = ?", Long.class,
                CompanyName.key(name));
    }

    private long memberId(String slug) {
        return this.jdbc.queryForObject("select id from member_company where slug = ?", Long.class, slug);
    }

    private List<String> aliasKeys(String slug) {
        return this.jdbc.queryForList("select a.match_key from member_alias a join member_company m on m.id = a.member_id"
                + " where m.slug = ?", String.class, slug);
    }

    private String legalStatus(long id) {
        return this.jdbc.queryForObject("select legal_status from patent_filing where id = ?", String.class, id);
    }

    private long filings() {
        return count("select count(*) from patent_filing");
    }

    private long waitingRows() {
        return count("select count(*) from import_waiting_row");
    }

    private long count(String sql) {
        return this.jdbc.queryForObject(sql, Long.class);
    }

    private void assertCountsInStep() {
        assertThat(count("select coalesce(sum(filings), 0) from filing_count")).isEqualTo(filings());
    }

}

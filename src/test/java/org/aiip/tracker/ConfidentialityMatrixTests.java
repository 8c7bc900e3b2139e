package org.aiip.tracker;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TestTokens;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An unpublished (confidential) filing of JD.com on every read path, seen by four people: nobody
 * signed in, an editor of another company (Baidu), an editor of JD.com and an admin. Only JD.com's
 * editor and the admin may learn anything of it: not its title, its number, that it exists, nor
 * through a count. The paths: its page, the filing list and its count, the text search, the member
 * page's and the dashboard's counts, the CSV and XLSX exports filtered on JD.com, the family page,
 * the history, the duplicate-number message of the form, the import preview, the API with a real
 * token, and the cache of rendered pages (each page fetched by the other kind of person first). The
 * filings are committed (the search engine indexes at commit), in a database of this class's own.
 */
@SpringBootTest(properties = "tracker.import.dir=target/confidentiality-tests")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialityMatrixTests {

    enum Viewer {
        ANONYMOUS(false), OTHER_EDITOR(false), OWNER_EDITOR(true), ADMIN(true);

        final boolean maySee;

        Viewer(boolean maySee) {
            this.maySee = maySee;
        }

    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    /** A word no other filing has, in the secret's title. */
    final String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    final String family = "FAM-" + this.word.toUpperCase();

    String secretTitle;

    PatentFiling secret;

    PatentFiling open;

    final Map<Viewer, TrackerUser> users = new java.util.EnumMap<>(Viewer.class);

    final Map<Viewer, String> tokens = new java.util.EnumMap<>(Viewer.class);

    @BeforeAll
    void records() {
        this.secretTitle = "Drone battery " + this.word;
        this.transaction.executeWithoutResult(status -> {
            Fixtures fixtures = new Fixtures(this.em);
            this.open = fixtures.publishedFiling("jd", "Warehouse robot vision", LocalDate.of(2019, 4, 1));
            this.open.setFamilyKey(this.family);
            this.secret = fixtures.unpublishedFiling("jd", this.secretTitle, LocalDate.of(2022, 6, 1));
            this.secret.setFamilyKey(this.family);
            fixtures.recount();
        });
        TestAccounts accounts = new TestAccounts(this.accountService, this.members);
        this.users.put(Viewer.OTHER_EDITOR, accounts.newEditor("baidu"));
        this.users.put(Viewer.OWNER_EDITOR, accounts.newEditor("jd"));
        this.users.put(Viewer.ADMIN, accounts.newAdmin());
        TestTokens tokens = new TestTokens(this.context);
        this.users.forEach((viewer, user) -> this.tokens.put(viewer, tokens.create(user)));
    }

    @ParameterizedTest
    @EnumSource(Viewer.class)
    void onlyTheOwnersEditorsAndAdminsLearnOfAnUnpublishedFiling(Viewer viewer) throws Exception {
        Check check = new Check(viewer);
        String number = this.secret.getNumber().display();
        long id = this.secret.getId();

        // Its page and its history.
        check.status("/filings/" + id, viewer.maySee ? 200 : 404);
        check.status("/filings/" + id + "/history",
                viewer == Viewer.ANONYMOUS ? 302 : viewer.maySee ? 200 : 404);

        // The list filtered on JD.com, its count, and the text search.
        String list = check.page("/filings?member=jd");
        check.mentionsSecret("the filing list", list);
        assertThat(list).as("the list's count").contains(viewer.maySee ? "2 filings" : "1 filing");
        check.mentionsTitle("the text search", check.page("/filings?q=" + this.word));

        // Counts on the member page and the dashboard; the dashboard's latest changes.
        String member = check.page("/members/jd");
        assertThat(text(member)).as("JD.com's page: its totals and its filings per year")
            .contains(viewer.maySee ? "Filings 2 Granted 0 Pending 2" : "Filings 1 Granted 0 Pending 1")
            .satisfies(page -> assertThat(page.contains("2022 1")).as("a year only the secret has")
                .isEqualTo(viewer.maySee));
        check.mentionsSecret("JD.com's latest filings", member);
        String dashboard = check.page("/");
        assertThat(text(dashboard)).as("the dashboard's total")
            .contains(viewer.maySee ? "tracked 2 Filings" : "tracked 1 Filing");
        check.mentionsSecret("the dashboard", dashboard);

        // Both exports, filtered on JD.com (which has the unpublished filing).
        List<List<String>> csv = check.csv("/filings/export.csv?member=jd");
        List<List<String>> xlsx = check.xlsx("/filings/export.xlsx?member=jd");
        for (List<List<String>> export : List.of(csv, xlsx)) {
            assertThat(export).as("the export's rows (header and filings)").hasSize(viewer.maySee ? 3 : 2);
            assertThat(export.stream().flatMap(List::stream).anyMatch(cell -> cell.contains(this.word)))
                .as("the export mentions the secret").isEqualTo(viewer.maySee);
        }

        // The family the two filings share.
        check.mentionsSecret("the family page", check.page("/families/" + this.family));

        // The API, with a real personal token.
        String api = check.api("/api/v1/filings?member=jd");
        check.mentionsSecret("the API's list", api);
        assertThat(api).as("the API's total").contains(viewer.maySee ? "\"total\":2" : "\"total\":1");
        check.apiStatus("/api/v1/filings/" + id, viewer.maySee ? 200 : 404);
        check.mentionsSecret("the API's family", check.api("/api/v1/filings/" + this.open.getId() + "/family"));
        String apiMember = check.api("/api/v1/members/jd");
        assertThat(apiMember).as("the API's member total").contains(viewer.maySee ? "\"total\":2" : "\"total\":1");

        if (viewer != Viewer.ANONYMOUS) {
            // The form's message for the secret's number.
            String form = check.page(newFiling(number, viewer == Viewer.OTHER_EDITOR ? "baidu" : "jd"));
            assertThat(form).as("the duplicate-number message")
                .contains(viewer.maySee ? "already exists at this office" : "This application number cannot be used.");
            assertThat(form).as("the duplicate-number message").doesNotContain(this.secretTitle);
            assertThat(form.contains("/filings/" + id + "\"")).as("a link to the secret").isEqualTo(viewer.maySee);

            // The import preview of a file naming the secret's number.
            String preview = check.importPreview(number, viewer == Viewer.OTHER_EDITOR ? "baidu" : "jd");
            assertThat(preview).as("the import preview")
                .contains(viewer.maySee ? "matching" : "This application number cannot be used.");
            if (!viewer.maySee) {
                check.mentionsTitle("the import preview", preview);
            }
        }
    }

    /**
     * The cache of rendered pages: each page is fetched first by someone who may not see the secret
     * and then by someone who may, and the other way round; neither gets the other's page.
     */
    @ParameterizedTest
    @EnumSource(value = Viewer.class, names = { "OWNER_EDITOR", "ADMIN" })
    void theCacheOfRenderedPagesNeverServesOnePersonsPageToAnother(Viewer maySee) throws Exception {
        for (String url : List.of("/filings?member=jd", "/filings?q=" + this.word, "/members/jd", "/",
                "/families/" + this.family, "/filings/" + this.secret.getId())) {
            for (Viewer first : List.of(Viewer.ANONYMOUS, maySee, Viewer.OTHER_EDITOR, maySee, Viewer.ANONYMOUS)) {
                Check check = new Check(first);
                MockHttpServletResponse response = check.response(get(url));
                String body = HtmlUtils.htmlUnescape(response.getContentAsString());
                assertThat(body.contains(this.secretTitle)).as("%s as %s", url, first).isEqualTo(first.maySee);
            }
        }
    }

    /** A page's visible text, on one line. */
    static String text(String html) {
        return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    private MockHttpServletRequestBuilder newFiling(String number, String slug) {
        long memberId = this.members.bySlug(slug).orElseThrow().getId();
        return post("/filings/new").with(csrf())
            .param("office", "CN")
            .param("applicationNumber", number)
            .param("applicantId", String.valueOf(memberId))
            .param("title", "Speech wake-up method based on a neural network")
            .param("filingDate", "2019-03-04")
            .param("legalStatus", "FILED")
            .param("technologyArea", "SPEECH_RECOGNITION")
            .param("ipcClasses", "G06N 3/08");
    }

    /** The requests of one person. */
    private final class Check {

        private final Viewer viewer;

        Check(Viewer viewer) {
            this.viewer = viewer;
        }

        MockHttpServletResponse response(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
            TrackerUser user = ConfidentialityMatrixTests.this.users.get(this.viewer);
            if (user != null) {
                request.with(TestAccounts.as(user));
            }
            return ConfidentialityMatrixTests.this.mvc.perform(request).andReturn().getResponse();
        }

        void status(String url, int expected) throws Exception {
            assertThat(response(get(url)).getStatus()).as("%s as %s", url, this.viewer).isEqualTo(expected);
        }

        String page(String url) throws Exception {
            return page(get(url));
        }

        String page(MockHttpServletRequestBuilder request) throws Exception {
            MockHttpServletResponse response = response(request);
            assertThat(response.getStatus()).as("the page's status as %s", this.viewer).isEqualTo(200);
            return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
        }

        /** For pages that show the number or the word the person typed: only the title counts. */
        void mentionsTitle(String where, String text) {
            assertThat(text.contains(ConfidentialityMatrixTests.this.secretTitle))
                .as("%s as %s shows the unpublished filing's title", where, this.viewer)
                .isEqualTo(this.viewer.maySee);
        }

        void mentionsSecret(String where, String text) {
            String number = ConfidentialityMatrixTests.this.secret.getNumber().display();
            boolean mentioned = text.contains(ConfidentialityMatrixTests.this.word) || text.contains(number)
                    || text.contains(number.replace(".", ""));
            assertThat(mentioned).as("%s as %s mentions the unpublished filing", where, this.viewer)
                .isEqualTo(this.viewer.maySee);
        }

        private MockHttpServletResponse apiResponse(String url) throws Exception {
            MockHttpServletRequestBuilder request = get(url);
            String token = ConfidentialityMatrixTests.this.tokens.get(this.viewer);
            if (token != null) {
                request.with(TestTokens.bearer(token));
            }
            return ConfidentialityMatrixTests.this.mvc.perform(request).andReturn().getResponse();
        }

        String api(String url) throws Exception {
            MockHttpServletResponse response = apiResponse(url);
            assertThat(response.getStatus()).as("%s as %s", url, this.viewer).isEqualTo(200);
            return response.getContentAsString(StandardCharsets.UTF_8);
        }

        void apiStatus(String url, int expected) throws Exception {
            assertThat(apiResponse(url).getStatus()).as("%s as %s", url, this.viewer).isEqualTo(expected);
        }

        List<List<String>> csv(String url) throws Exception {
            MockHttpServletResponse response = response(get(url));
            assertThat(response.getStatus()).isEqualTo(200);
            String text = response.getContentAsString(StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
                rows.add(record.toList());
            }
            return rows;
        }

        List<List<String>> xlsx(String url) throws Exception {
            MockHttpServletResponse response = response(get(url));
            assertThat(response.getStatus()).isEqualTo(200);
            List<List<String>> rows = new ArrayList<>();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
                Sheet sheet = workbook.getSheetAt(0);
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(cell.toString()));
                    rows.add(cells);
                }
            }
            return rows;
        }

        /** Uploads a file with one row of the given number, waits for the check, and returns the preview. */
        String importPreview(String number, String applicant) throws Exception {
            String csv = String.join(",", "office", "application_number", "applicant", "title", "filing_date",
                    "legal_status", "technology_area") + "\r\n"
                    + String.join(",", "CN", number, applicant, "Imported title", "2022-06-01", "FILED", "OTHER")
                    + "\r\n";
            MockHttpServletResponse upload = response(multipart("/admin/import")
                .file(new MockMultipartFile("file", "filings.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()));
            String location = upload.getRedirectedUrl();
            assertThat(location).as("the upload's answer as %s", this.viewer).startsWith("/admin/import/");
            String publicId = location.substring("/admin/import/".length());
            await().atMost(Duration.ofSeconds(30))
                .until(() -> !List.of("VALIDATING", "WRITING")
                    .contains(ConfidentialityMatrixTests.this.jdbc
                        .queryForObject("select state from import_job where public_id = ?", String.class, publicId)));
            return page(location);
        }

    }

}

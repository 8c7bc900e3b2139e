package org.aiip.tracker.api.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TestTokens;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.audit.AuditEntry;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing filings through the API with personal tokens: who may (admins; editors for their own
 * company), the form's rules and messages, If-Match and stale writes, audit and confidentiality.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class FilingWriteApiTests {

    static final String VALID = """
            {"office": "CN", "applicationNumber": "201910123456.X", "applicant": "%s",
             "title": "Speech wake-up method based on a neural network", "filingDate": "2019-03-04",
             "status": "FILED", "technologyArea": "SPEECH_RECOGNITION", "ipcClasses": ["g10l15/22", "G06N 3/08"]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    @Autowired
    ApplicationContext context;

    TestAccounts accounts;

    TestTokens tokens;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.members);
        this.tokens = new TestTokens(this.context);
        this.fixtures = new Fixtures(this.em);
    }

    String editorToken(String slug) {
        return this.tokens.create(this.accounts.newEditor(slug));
    }

    String adminToken() {
        return this.tokens.create(this.accounts.newAdmin());
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static MockHttpServletRequestBuilder create(String token, String body) {
        return json(post("/api/v1/filings"), body).with(TestTokens.bearer(token));
    }

    static MockHttpServletRequestBuilder update(String token, Long id, String ifMatch, String body) {
        MockHttpServletRequestBuilder request = json(put("/api/v1/filings/{id}", id), body)
            .with(TestTokens.bearer(token));
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    static MockHttpServletRequestBuilder withdraw(String token, Long id, String ifMatch, String reason) {
        MockHttpServletRequestBuilder request = json(post("/api/v1/filings/{id}/withdraw", id),
                "{\"reason\": \"" + reason + "\"}")
            .with(TestTokens.bearer(token));
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    /** The body of a valid replacement of a fixture filing (CN, deep learning, filed 2020-01-02). */
    static String replacement(PatentFiling filing, String title) {
        return """
                {"office": "CN", "applicationNumber": "%s", "applicant": "%s", "title": "%s",
                 "filingDate": "2020-01-02", "status": "FILED", "technologyArea": "DEEP_LEARNING",
                 "ipcClasses": ["G06N 3/08"]}
                """.formatted(filing.getNumber().display(), filing.getApplicant().getSlug(), title);
    }

    PatentFiling unpublished(String slug) {
        return this.fixtures.unpublishedFiling(slug, "Confidential invention of " + slug, LocalDate.of(2020, 1, 2));
    }

    @Test
    void anonymousCallersCannotWrite() throws Exception {
        PatentFiling filing = unpublished("baidu");
        for (MockHttpServletRequestBuilder request : List.of(json(post("/api/v1/filings"), VALID.formatted("baidu")),
                json(put("/api/v1/filings/{id}", filing.getId()), replacement(filing, "x")).header("If-Match", "\"0\""),
                json(post("/api/v1/filings/{id}/withdraw", filing.getId()), "{\"reason\": \"x\"}"),
                delete("/api/v1/filings/{id}", filing.getId()))) {
            this.mvc.perform(request)
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
        }
        assertThat(this.jdbc.queryForObject("select count(*) from patent_filing", Long.class)).isEqualTo(1);
    }

    @Test
    void editorCreatesAnUnpublishedFilingForTheirCompanyThatTheAnonymousWebCannotSee() throws Exception {
        TrackerUser editor = this.accounts.newEditor("baidu");
        String token = this.tokens.create(editor);
        long countedBefore = counted("baidu");
        MvcResult result = this.mvc.perform(create(token, VALID.formatted("baidu")))
            .andExpect(status().isCreated())
            .andExpect(header().string("ETag", "\"0\""))
            .andExpect(header().string("Location", containsString("/api/v1/filings/")))
            .andExpect(header().string("Content-Type", "application/json"))
            .andExpect(jsonPath("$.office").value("CN"))
            .andExpect(jsonPath("$.applicationNumber").value("201910123456.X"))
            .andExpect(jsonPath("$.applicant").value("baidu"))
            .andExpect(jsonPath("$.title").value("Speech wake-up method based on a neural network"))
            .andExpect(jsonPath("$.abstract").doesNotExist())
            .andExpect(jsonPath("$.filingDate").value("2019-03-04"))
            .andExpect(jsonPath("$.status").value("FILED"))
            .andExpect(jsonPath("$.technologyArea").value("SPEECH_RECOGNITION"))
            .andExpect(jsonPath("$.ipcClasses[0]").value("G10L 15/22"))
            .andExpect(jsonPath("$.ipcClasses[1]").value("G06N 3/08"))
            .andExpect(jsonPath("$.openLicence").value(false))
            .andExpect(jsonPath("$.published").value(false))
            .andExpect(jsonPath("$.version").value(0))
            .andReturn();
        Long id = id(result);
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/filings/" + id);

        AuditEntry entry = audit(id).get(0);
        assertThat(entry.getAction()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.getUsername()).isEqualTo(editor.username());
        assertThat(counted("baidu")).isEqualTo(countedBefore + 1);

        this.mvc.perform(get("/filings/{id}", id)).andExpect(status().isNotFound());
        this.mvc.perform(get("/filings/{id}", id).with(TestAccounts.as(editor))).andExpect(status().isOk());
    }

    @Test
    void editorCannotCreateForAnotherCompany() throws Exception {
        this.mvc.perform(create(editorToken("baidu"), VALID.formatted("jd")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.errors[0].field").value("applicant"))
            .andExpect(jsonPath("$.errors[0].message").value("Editors can file only for their own company."));
        assertThat(this.jdbc.queryForObject("select count(*) from patent_filing", Long.class)).isZero();
    }

    @Test
    void editorChangesAndWithdrawsTheirOwnCompanysFiling() throws Exception {
        PatentFiling filing = unpublished("baidu");
        String token = editorToken("baidu");
        this.mvc.perform(update(token, filing.getId(), "\"0\"", replacement(filing, "A better title")))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"1\""))
            .andExpect(jsonPath("$.title").value("A better title"))
            .andExpect(jsonPath("$.version").value(1));
        this.mvc.perform(withdraw(token, filing.getId(), "\"1\"", "Abandoned before examination"))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"2\""))
            .andExpect(jsonPath("$.status").value("WITHDRAWN"))
            .andExpect(jsonPath("$.withdrawalReason").value("Abandoned before examination"));
        List<AuditEntry> history = audit(filing.getId());
        assertThat(history).extracting(AuditEntry::getAction).containsExactly(AuditAction.WITHDRAW, AuditAction.UPDATE);
        assertThat(history.get(1).getChanges()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("title");
            assertThat(change.newValue()).isEqualTo("A better title");
        });
    }

    @Test
    void statusMayAlsoBeNamedLegalStatusAsTheReadApiNamesIt() throws Exception {
        PatentFiling filing = unpublished("baidu");
        this.mvc.perform(update(editorToken("baidu"), filing.getId(), "\"0\"",
                replacement(filing, "Renamed").replace("\"status\"", "\"legalStatus\"").replace("FILED", "REFUSED")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("REFUSED"));
    }

    @Test
    void editorGetsNotFoundForAnotherCompanysFiling() throws Exception {
        PatentFiling jd = unpublished("jd");
        String token = editorToken("baidu");
        this.mvc.perform(update(token, jd.getId(), "\"0\"", replacement(jd, "hijacked")))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.status").value(404))
            .andExpect(jsonPath("$.detail").value("There is no filing with this id."));
        this.mvc.perform(update(token, jd.getId(), null, replacement(jd, "hijacked"))).andExpect(status().isNotFound());
        this.mvc.perform(withdraw(token, jd.getId(), "\"0\"", "hijacked")).andExpect(status().isNotFound());
        this.mvc.perform(update(token, 987654L, "\"0\"", replacement(jd, "nothing"))).andExpect(status().isNotFound());
        assertThat(audit(jd.getId())).isEmpty();
    }

    @Test
    void adminCreatesAndChangesAnyCompanysFilings() throws Exception {
        String token = adminToken();
        this.mvc.perform(create(token, VALID.formatted("jd"))).andExpect(status().isCreated());
        PatentFiling haier = unpublished("haier");
        this.mvc.perform(update(token, haier.getId(), "\"0\"", replacement(haier, "Reviewed by the secretariat")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.title").value("Reviewed by the secretariat"));
        this.mvc.perform(withdraw(token, haier.getId(), "\"1\"", "Entered twice")).andExpect(status().isOk());
    }

    @Test
    void brokenRulesComeBackFieldByFieldWithTheFormsMessages() throws Exception {
        String body = """
                {"office": "CN", "applicationNumber": "201910123456.3", "applicant": "baidu", "title": " ",
                 "filingDate": "2019-03-04", "publicationDate": "2018-01-01", "status": "GRANTED",
                 "technologyArea": "SPEECH_RECOGNITION", "ipcClasses": ["G06N"]}
                """;
        this.mvc.perform(create(editorToken("baidu"), body))
            .andExpect(status().isUnprocessableContent())
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.type").value("about:blank"))
            .andExpect(jsonPath("$.title").value("Unprocessable Content"))
            .andExpect(jsonPath("$.status").value(422))
            .andExpect(jsonPath("$.instance").value("/api/v1/filings"))
            .andExpect(jsonPath("$.detail").value(containsString("not saved")))
            .andExpect(error("applicationNumber", "The check character should be X, not 3."))
            .andExpect(error("title", "This field is required."))
            .andExpect(error("publicationDate", "The publication date cannot be before the filing date."))
            .andExpect(error("grantNumber", "A granted filing needs its grant number."))
            .andExpect(error("ipcClasses",
                    "The main group and subgroup are missing: G06N is a subclass; a symbol looks like G06N 3/08."));
        assertThat(this.jdbc.queryForObject("select count(*) from patent_filing", Long.class)).isZero();
    }

    @Test
    void messagesFollowTheCallersLanguage() throws Exception {
        this.mvc.perform(create(editorToken("baidu"), VALID.formatted("baidu").replace("456.X", "456.3"))
                .header("Accept-Language", "ko"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.errors[0].field").value("applicationNumber"))
            .andExpect(jsonPath("$.errors[0].message").value(containsString("X")))
            .andExpect(jsonPath("$.errors[0].message").value(containsString("검증 문자")));
    }

    @Test
    void unknownApplicantAreaOfficeAndMisshapenValuesAreNamed() throws Exception {
        String token = adminToken();
        this.mvc.perform(create(token, VALID.formatted("no-such-company").replace("SPEECH_RECOGNITION", "ALCHEMY")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(error("applicant", "This applicant is not a member company."))
            .andExpect(error("technologyArea", "This technology area is not in the list."));
        this.mvc.perform(create(token, VALID.formatted("baidu").replace("2019-03-04", "04/03/2019")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(error("filingDate", "Enter a date as YYYY-MM-DD."));
        this.mvc.perform(create(token, VALID.formatted("baidu").replace("\"CN\"", "\"XX\"")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(error("office", "Use one of: CN, US, EP, JP, KR, WO."));
        this.mvc.perform(create(token, "{\"office\": "))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void secondOfTwoCallersWithTheSameVersionGetsPreconditionFailed() throws Exception {
        PatentFiling filing = unpublished("baidu");
        String first = editorToken("baidu");
        String second = adminToken();
        this.mvc.perform(update(first, filing.getId(), "\"0\"", replacement(filing, "First caller's title")))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"1\""));
        this.mvc.perform(update(second, filing.getId(), "\"0\"", replacement(filing, "Second caller's title")))
            .andExpect(status().isPreconditionFailed())
            .andExpect(header().string("ETag", "\"1\""))
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.status").value(412))
            .andExpect(jsonPath("$.currentVersion").value(1))
            .andExpect(jsonPath("$.detail").value(containsString("Nothing was overwritten")));
        this.mvc.perform(withdraw(second, filing.getId(), "\"0\"", "late")).andExpect(status().isPreconditionFailed());
        this.mvc.perform(update(second, filing.getId(), "W/\"1\"", replacement(filing, "weak")))
            .andExpect(status().isPreconditionFailed());
        this.em.clear();
        assertThat(this.em.find(PatentFiling.class, filing.getId()).getTitle()).isEqualTo("First caller's title");
    }

    @Test
    void writesWithoutExactlyOneVersionInIfMatchAreRefusedWithPreconditionRequired() throws Exception {
        PatentFiling filing = unpublished("baidu");
        String token = editorToken("baidu");
        // A list would let a write through for any of several versions: "0" is the current one here.
        for (String ifMatch : new String[] { null, "*", "\"5\", \"0\"", "\"0\",\"1\"" }) {
            this.mvc.perform(update(token, filing.getId(), ifMatch, replacement(filing, "blind overwrite")))
                .andExpect(status().isPreconditionRequired())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(428))
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
            this.mvc.perform(withdraw(token, filing.getId(), ifMatch, "blind")).andExpect(status().isPreconditionRequired());
        }
        assertThat(audit(filing.getId())).isEmpty();
    }

    @Test
    void withdrawalNeedsAReason() throws Exception {
        PatentFiling filing = unpublished("baidu");
        this.mvc.perform(withdraw(editorToken("baidu"), filing.getId(), "\"0\"", " "))
            .andExpect(status().isUnprocessableContent())
            .andExpect(error("reason", "Give the reason for the withdrawal (at most 1,000 characters)."));
    }

    @Test
    void editorsTokenMayNotDoWhatNoRuleAllows() throws Exception {
        PatentFiling filing = unpublished("baidu");
        this.mvc.perform(delete("/api/v1/filings/{id}", filing.getId()).with(TestTokens.bearer(editorToken("baidu"))))
            .andExpect(status().isForbidden())
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.status").value(403))
            .andExpect(jsonPath("$.instance").value("/api/v1/filings/" + filing.getId()));
    }

    static org.springframework.test.web.servlet.ResultMatcher error(String field, String message) {
        return jsonPath("$.errors[?(@.field == '" + field + "')].message", hasItem(message));
    }

    List<AuditEntry> audit(Long id) {
        return this.em
            .createQuery("select e from AuditEntry e where e.entityType = 'filing' and e.entityId = :id"
                    + " order by e.id desc", AuditEntry.class)
            .setParameter("id", id)
            .getResultList();
    }

    long counted(String slug) {
        return this.jdbc.queryForObject(
                "select coalesce(sum(c.filings), 0) from filing_count c join member_company m on m.id = c.applicant_id"
                        + " where m.slug = ?",
                Long.class, slug);
    }

    static Long id(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        return Long.valueOf(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

}

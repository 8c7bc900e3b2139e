package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The filing form as admins and editors use it: rules, ownership, conflicts, audit, mass assignment. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class FilingFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    TestAccounts accounts;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.members);
        this.fixtures = new Fixtures(this.em);
    }

    Long memberId(String slug) {
        return this.members.bySlug(slug).orElseThrow().getId();
    }

    MockHttpServletRequestBuilder validNewFiling(String number, String slug, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("office", "CN");
        fields.put("applicationNumber", number);
        fields.put("applicantId", String.valueOf(memberId(slug)));
        fields.put("title", "Speech wake-up method based on a neural network");
        fields.put("filingDate", "2019-03-04");
        fields.put("legalStatus", "FILED");
        fields.put("technologyArea", "SPEECH_RECOGNITION");
        fields.put("ipcClasses", "g10l15/22; G06N 3/08");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/filings/new").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void formShowsTheAgreedLabelsAndASaveButton() throws Exception {
        String page = this.mvc.perform(get("/filings/new").with(this.accounts.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        for (String label : new String[] { "Patent office", "Application number", "Applicant", "Title", "Abstract",
                "Filing date", "Priority date", "Publication number", "Publication date", "Grant number", "Grant date",
                "Legal status", "Technology area", "IPC classes", "Open licence offered", "Licence terms",
                "Family key" }) {
            assertThat(page).contains(">" + label + "</label>");
        }
        assertThat(page).contains(">Save</button>");
    }

    @Test
    void mistypedCnCheckCharacterIsShownBesideTheFieldWithTheExpectedOneAndInputKept() throws Exception {
        TrackerUser editor = this.accounts.newEditor("baidu");
        this.mvc.perform(validNewFiling("201910123456.3", "baidu").with(TestAccounts.as(editor)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The check character should be X, not 3.")))
            .andExpect(content().string(containsString("id=\"applicationNumber-error\"")))
            .andExpect(content().string(containsString("value=\"201910123456.3\"")))
            .andExpect(content().string(containsString("value=\"Speech wake-up method based on a neural network\"")));

        this.mvc.perform(validNewFiling("201910123456.X", "baidu").with(TestAccounts.as(editor)))
            .andExpect(redirectedUrlPattern("/filings/*"));
        PatentFiling saved = this.em
            .createQuery("select f from PatentFiling f where f.applicationNumber = '201910123456X'", PatentFiling.class)
            .getSingleResult();
        assertThat(saved.getIpcSymbols()).containsExactly("G10L 15/22", "G06N 3/08");
        assertThat(saved.isPublished()).isFalse();

        this.mvc.perform(get("/filings/{id}", saved.getId()).with(TestAccounts.as(editor)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Unpublished: this filing is confidential.")));
        this.mvc.perform(get("/filings/{id}", saved.getId())).andExpect(status().isNotFound());
        // The history itself names the editor (the navigation names the signed-in person on every page).
        String history = this.mvc.perform(get("/filings/{id}/history", saved.getId()).with(TestAccounts.as(editor)))
            .andReturn().getResponse().getContentAsString();
        assertThat(org.aiip.tracker.Pages.main(history)).contains("Created", editor.username(), "201910123456.X");
    }

    @Test
    void editorCannotFileForAnotherCompanyEvenWithATamperedApplicant() throws Exception {
        this.mvc.perform(validNewFiling("201910123456.X", "jd").with(this.accounts.editor("baidu")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Editors can file only for their own company.")));
        assertThat(count()).isZero();
    }

    @Test
    void editorGetsNotFoundForAnotherCompanysFilingByUrlAndByForm() throws Exception {
        PatentFiling jd = this.fixtures.unpublishedFiling("jd", "JD secret invention", LocalDate.of(2020, 1, 2));
        TrackerUser baidu = this.accounts.newEditor("baidu");
        this.mvc.perform(get("/filings/{id}", jd.getId()).with(TestAccounts.as(baidu))).andExpect(status().isNotFound());
        this.mvc.perform(get("/filings/{id}/edit", jd.getId()).with(TestAccounts.as(baidu)))
            .andExpect(status().isNotFound());
        this.mvc.perform(post("/filings/{id}/edit", jd.getId()).with(csrf()).with(TestAccounts.as(baidu))
                .param("title", "hijacked"))
            .andExpect(status().isNotFound());
        this.mvc.perform(get("/filings/{id}/history", jd.getId()).with(TestAccounts.as(baidu)))
            .andExpect(status().isNotFound());
        this.mvc.perform(get("/filings").param("q", "JD secret").with(TestAccounts.as(baidu)))
            .andExpect(content().string(not(containsString("JD secret invention"))));
        this.mvc.perform(get("/filings").param("q", "JD secret").with(this.accounts.editor("jd")))
            .andExpect(content().string(containsString("JD secret invention")));
        this.em.refresh(jd);
        assertThat(jd.getTitle()).isEqualTo("JD secret invention");
    }

    @Test
    void duplicateNumberIsRefusedWithALinkToTheExistingFiling() throws Exception {
        PatentFiling existing = this.fixtures.publishedFiling("baidu", "Existing", LocalDate.of(2019, 1, 1));
        this.mvc.perform(validNewFiling(existing.getNumber().display(), "baidu").with(this.accounts.admin()))
            .andExpect(content().string(containsString("already exists at this office")))
            .andExpect(content().string(containsString("href=\"/filings/" + existing.getId() + "\"")));
    }

    @Test
    void anEditorIsNotToldThatAnotherCompanysUnpublishedNumberExists() throws Exception {
        PatentFiling secret = this.fixtures.unpublishedFiling("jd", "JD unpublished", LocalDate.of(2019, 2, 1));
        PatentFiling open = this.fixtures.publishedFiling("jd", "JD published", LocalDate.of(2019, 2, 2));
        RequestPostProcessor baidu = this.accounts.editor("baidu");

        this.mvc.perform(validNewFiling(secret.getNumber().display(), "baidu").with(baidu))
            .andExpect(content().string(containsString("This application number cannot be used.")))
            .andExpect(content().string(not(containsString("already exists"))))
            .andExpect(content().string(not(containsString("/filings/" + secret.getId() + "\""))));
        this.mvc.perform(validNewFiling(open.getNumber().display(), "baidu").with(baidu))
            .andExpect(content().string(containsString("already exists at this office")))
            .andExpect(content().string(containsString("href=\"/filings/" + open.getId() + "\"")));
        this.mvc.perform(validNewFiling(secret.getNumber().display(), "jd").with(this.accounts.editor("jd")))
            .andExpect(content().string(containsString("already exists at this office")));
    }

    @Test
    void datesMustBeCoherentAndStatusNeedsItsData() throws Exception {
        this.mvc.perform(validNewFiling("201910123456.X", "baidu", "priorityDate", "2019-05-01", "legalStatus",
                "GRANTED").with(this.accounts.admin()))
            .andExpect(content().string(containsString("The priority date cannot be after the filing date.")))
            .andExpect(content().string(containsString("A filing with this status needs its publication number.")))
            .andExpect(content().string(containsString("A granted filing needs its grant number.")));
        this.mvc.perform(validNewFiling("201910123456.X", "baidu", "filingDate", LocalDate.now().plusDays(3).toString())
                .with(this.accounts.admin()))
            .andExpect(content().string(containsString("This date is in the future.")));
        this.mvc.perform(validNewFiling("201910123456.X", "baidu", "ipcClasses", "Z99Q 1/00").with(this.accounts.admin()))
            .andExpect(content().string(containsString("The section must be a letter A–H, not Z.")));
        this.mvc.perform(validNewFiling("201910123456.X", "baidu", "title", "x".repeat(501)).with(this.accounts.admin()))
            .andExpect(content().string(containsString("At most 500 characters, not 501.")));
        assertThat(count()).isZero();
    }

    @Test
    void staleFormShowsTheConflictAndOverwritesNothing() throws Exception {
        PatentFiling filing = this.fixtures.publishedFiling("baidu", "Original title", LocalDate.of(2019, 1, 1));
        long version = filing.getVersion();
        this.mvc.perform(edit(filing, version, "First admin's title").with(this.accounts.admin()))
            .andExpect(redirectedUrl("/filings/" + filing.getId()));
        this.mvc.perform(edit(filing, version, "Second admin's title").with(this.accounts.admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Someone else saved this filing after you opened it")))
            .andExpect(content().string(containsString("value=\"Second admin&#39;s title\"")))
            .andExpect(content().string(containsString("First admin&#39;s title")));
        this.em.flush();
        this.em.refresh(filing);
        assertThat(filing.getTitle()).isEqualTo("First admin's title");
    }

    @Test
    void updateIsAuditedFieldByField() throws Exception {
        PatentFiling filing = this.fixtures.publishedFiling("baidu", "Before", LocalDate.of(2019, 1, 1));
        TrackerUser admin = this.accounts.newAdmin();
        this.mvc.perform(edit(filing, filing.getVersion(), "After").with(TestAccounts.as(admin)))
            .andExpect(redirectedUrl("/filings/" + filing.getId()));
        this.mvc.perform(get("/filings/{id}/history", filing.getId()).with(TestAccounts.as(admin)))
            .andExpect(content().string(containsString("<dt>Title</dt>")))
            .andExpect(content().string(containsString("<del>Before</del>")))
            .andExpect(content().string(containsString("<ins>After</ins>")));
        String audit = this.mvc.perform(get("/admin/audit").with(TestAccounts.as(admin)))
            .andReturn().getResponse().getContentAsString();
        assertThat(org.aiip.tracker.Pages.main(audit)).as("the audit log names who changed the title")
            .contains(admin.username());
        this.mvc.perform(get("/filings/{id}/history", filing.getId()).param("lang", "ko").with(TestAccounts.as(admin)))
            .andExpect(content().string(containsString("<dt>명칭</dt>")));
    }

    /** The lists show what the search index stores of a filing: an edit through the form shows there at once. */
    @Test
    void anEditedTitleShowsInTheListsAtOnce() throws Exception {
        PatentFiling filing = this.fixtures.publishedFiling("baidu", "Title as first filed", LocalDate.of(2019, 1, 1));
        this.mvc.perform(edit(filing, filing.getVersion(), "Title as corrected").with(this.accounts.admin()))
            .andExpect(redirectedUrl("/filings/" + filing.getId()));

        String list = this.mvc.perform(get("/filings").param("member", "baidu"))
            .andReturn().getResponse().getContentAsString();

        assertThat(list).contains("Title as corrected").doesNotContain("Title as first filed");
    }

    @Test
    void extraRequestParametersCannotSetIdsOwnersOrAuditFields() throws Exception {
        PatentFiling filing = this.fixtures.publishedFiling("baidu", "Kept", LocalDate.of(2019, 1, 1));
        this.mvc.perform(edit(filing, filing.getVersion(), "Renamed").with(this.accounts.admin())
                .param("id", "999999")
                .param("sample", "true")
                .param("published", "false")
                .param("createdAt", "2001-01-01T00:00:00Z")
                .param("applicant.id", String.valueOf(memberId("jd")))
                .param("withdrawalReason", "sneaky"))
            .andExpect(redirectedUrl("/filings/" + filing.getId()));
        this.em.flush();
        this.em.refresh(filing);
        assertThat(filing.getTitle()).isEqualTo("Renamed");
        assertThat(filing.isSample()).isFalse();
        assertThat(filing.isPublished()).isTrue();
        assertThat(filing.getApplicant().getSlug()).isEqualTo("baidu");
        assertThat(filing.getWithdrawalReason()).isNull();
    }

    @Test
    void withdrawalNeedsAReasonAndKeepsTheRecord() throws Exception {
        PatentFiling filing = this.fixtures.publishedFiling("haier", "To withdraw", LocalDate.of(2018, 5, 5));
        TrackerUser editor = this.accounts.newEditor("haier");
        this.mvc.perform(post("/filings/{id}/withdraw", filing.getId()).with(csrf()).with(TestAccounts.as(editor))
                .param("version", String.valueOf(filing.getVersion())))
            .andExpect(content().string(containsString("Give the reason for the withdrawal")));
        this.mvc.perform(post("/filings/{id}/withdraw", filing.getId()).with(csrf()).with(TestAccounts.as(editor))
                .param("version", String.valueOf(filing.getVersion()))
                .param("reason", "Abandoned after the search report"))
            .andExpect(redirectedUrl("/filings/" + filing.getId()));
        this.mvc.perform(get("/filings/{id}", filing.getId()))
            .andExpect(content().string(containsString("Abandoned after the search report")))
            .andExpect(content().string(containsString("Withdrawn")));
    }

    @Test
    void whoMayUseTheFilingRoutes() throws Exception {
        PatentFiling filing = this.fixtures.publishedFiling("baidu", "Routes", LocalDate.of(2019, 1, 1));
        for (String path : new String[] { "/filings/new", "/filings/" + filing.getId() + "/edit",
                "/filings/" + filing.getId() + "/withdraw", "/filings/" + filing.getId() + "/history" }) {
            this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
            this.mvc.perform(get(path).with(this.accounts.admin())).andExpect(status().isOk());
            this.mvc.perform(get(path).with(this.accounts.editor("baidu"))).andExpect(status().isOk());
        }
        this.mvc.perform(get("/filings/{id}/edit", filing.getId()).with(this.accounts.editor("haier")))
            .andExpect(status().isNotFound());
        this.mvc.perform(post("/filings/new").with(this.accounts.admin()).param("title", "no token"))
            .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder edit(PatentFiling filing, long version, String title) {
        return post("/filings/{id}/edit", filing.getId()).with(csrf())
            .param("office", filing.getOffice().name())
            .param("applicationNumber", filing.getNumber().display())
            .param("applicantId", String.valueOf(filing.getApplicant().getId()))
            .param("title", title)
            .param("filingDate", filing.getFilingDate().toString())
            .param("publicationNumber", filing.getPublicationNumber())
            .param("publicationDate", filing.getPublicationDate().toString())
            .param("legalStatus", filing.getLegalStatus().name())
            .param("technologyArea", filing.getTechnologyArea().getCode())
            .param("ipcClasses", String.join("; ", filing.getIpcSymbols()))
            .param("version", String.valueOf(version));
    }

    private long count() {
        return this.em.createQuery("select count(f) from PatentFiling f", Long.class).getSingleResult();
    }

}

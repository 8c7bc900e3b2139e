package org.aiip.tracker.compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.audit.AuditEntry;
import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The assessment page: who may edit which assessment, evidence, review, stale saves, audit. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class ComplianceFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService memberService;

    @Autowired
    AuditService audit;

    TestAccounts accounts;

    RequestPostProcessor baiduEditor;

    @BeforeEach
    void accounts() {
        this.accounts = new TestAccounts(this.accountService, this.memberService);
        this.baiduEditor = this.accounts.editor("baidu");
    }

    // --- editing one's own company's assessment

    @Test
    void anEditorOfBaiduSavesBaidusClause3AndTheMemberPageShowsIt() throws Exception {
        String form = html(get("/compliance/baidu/3").with(this.baiduEditor));
        assertThat(form).contains("<h1>Assessment: Baidu – clause 3</h1>", "Not assessed yet", "name=\"status\"",
                "name=\"summary\"", "Add evidence")
            .doesNotContain("Mark as reviewed today");

        this.mvc.perform(post("/compliance/baidu/3").with(this.baiduEditor).with(csrf())
            .param("status", "IN_PROGRESS")
            .param("summary", "Open licence programme announced.")
            .param("version", ""))
            .andExpect(redirectedUrl("/compliance/baidu/3"))
            .andExpect(flash().attribute("flash", "compliance.saved"));

        ComplianceAssessment stored = assessment("baidu", 3);
        assertThat(stored.getStatus()).isEqualTo(ComplianceStatus.IN_PROGRESS);
        assertThat(stored.getSummary()).isEqualTo("Open licence programme announced.");
        assertThat(html(get("/members/baidu"))).contains("In progress", "Open licence programme announced.");
        assertThat(html(get("/compliance/baidu/3").with(this.baiduEditor)))
            .contains("selected=\"selected\">In progress</option>", "Open licence programme announced.")
            .contains("href=\"/compliance/baidu/3/history\"");
    }

    @Test
    void theMemberPageLinksEachClauseToItsAssessmentForAdminsAndTheCompanysEditorsOnly() throws Exception {
        String link = "href=\"/compliance/baidu/3\">Edit the assessment of clause 3</a>";
        assertThat(html(get("/members/baidu").with(this.baiduEditor))).contains(link);
        assertThat(html(get("/members/baidu").with(this.accounts.admin()))).contains(link);
        assertThat(html(get("/members/baidu"))).doesNotContain("/compliance/");
        assertThat(html(get("/members/baidu").with(this.accounts.editor("jd")))).doesNotContain("/compliance/");
        assertThat(html(get("/members/jd").with(this.baiduEditor))).doesNotContain("/compliance/");
    }

    @Test
    void anAssessmentSummaryLongerThan4000CharactersIsRefusedBesideTheField() throws Exception {
        String page = html(post("/compliance/baidu/3").with(this.baiduEditor).with(csrf())
            .param("status", "PLANNED")
            .param("summary", "x".repeat(4001)));
        assertThat(page).contains("id=\"summary-error\"", "at most 4000 characters");
        assertThat(find("baidu", 3)).isNull();
    }

    // --- other companies, unknown addresses, anonymous, CSRF

    @Test
    void anEditorOfBaiduGetsNotFoundForJdsAssessmentEvenWithATamperedForm() throws Exception {
        ComplianceAssessment jd = stored("jd", 3, ComplianceStatus.PLANNED, "JD plan");
        Evidence evidence = jd.addEvidence(LocalDate.of(2020, 5, 1), EvidenceKind.POLICY, "JD policy", null);
        this.em.flush();
        long version = jd.getVersion();

        this.mvc.perform(get("/compliance/jd/3").with(this.baiduEditor)).andExpect(status().isNotFound());
        this.mvc.perform(get("/compliance/jd/3/history").with(this.baiduEditor)).andExpect(status().isNotFound());
        // Baidu's own form, posted to JD's address.
        this.mvc.perform(post("/compliance/jd/3").with(this.baiduEditor).with(csrf())
            .param("status", "IMPLEMENTED")
            .param("summary", "Overwritten by Baidu")
            .param("version", String.valueOf(version))).andExpect(status().isNotFound());
        this.mvc.perform(post("/compliance/jd/3/evidence").with(this.baiduEditor).with(csrf())
            .param("date", "2020-05-02")
            .param("kind", "EVENT")
            .param("description", "Added by Baidu")).andExpect(status().isNotFound());
        this.mvc.perform(post("/compliance/jd/3/evidence/" + evidence.getId() + "/remove").with(this.baiduEditor)
            .with(csrf())).andExpect(status().isNotFound());
        // JD's evidence id under Baidu's own address is no better.
        this.mvc.perform(post("/compliance/baidu/3/evidence/" + evidence.getId() + "/remove").with(this.baiduEditor)
            .with(csrf())).andExpect(status().isNotFound());

        this.em.refresh(jd);
        assertThat(jd.getStatus()).isEqualTo(ComplianceStatus.PLANNED);
        assertThat(jd.getSummary()).isEqualTo("JD plan");
        assertThat(jd.getEvidence()).extracting(Evidence::getDescription).containsExactly("JD policy");
        assertThat(this.audit.history("assessment", jd.getId())).isEmpty();
    }

    @Test
    void unknownMembersAndClausesAreNotFound() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        this.mvc.perform(get("/compliance/nobody/3").with(admin)).andExpect(status().isNotFound());
        this.mvc.perform(get("/compliance/baidu/99").with(admin)).andExpect(status().isNotFound());
        this.mvc.perform(post("/compliance/baidu/99").with(admin).with(csrf()).param("status", "PLANNED"))
            .andExpect(status().isNotFound());
        this.mvc.perform(post("/compliance/987654/review").with(admin).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        this.mvc.perform(get("/compliance/baidu/3")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get("/compliance/baidu/3/history")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(post("/compliance/baidu/3").with(csrf()).param("status", "PLANNED"))
            .andExpect(redirectedUrl("/login"));
        assertThat(find("baidu", 3)).isNull();
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        this.mvc.perform(post("/compliance/baidu/3").with(this.baiduEditor).param("status", "PLANNED"))
            .andExpect(status().isForbidden());
        this.mvc.perform(post("/compliance/baidu/3/evidence").with(this.baiduEditor)
            .param("date", "2020-05-02")
            .param("kind", "EVENT")
            .param("description", "No token")).andExpect(status().isForbidden());
        assertThat(find("baidu", 3)).isNull();
    }

    // --- review

    @Test
    void anEditorMayNotMarkAnAssessmentReviewed() throws Exception {
        ComplianceAssessment baidu = stored("baidu", 3, ComplianceStatus.PLANNED, "Plan");
        this.mvc.perform(post("/compliance/" + baidu.getId() + "/review").with(this.baiduEditor).with(csrf()))
            .andExpect(status().isForbidden());
        assertThat(baidu.getReviewer()).isNull();
    }

    @Test
    void anAdminMarksAnAssessmentReviewedTodayUnderTheirName() throws Exception {
        ComplianceAssessment baidu = stored("baidu", 3, ComplianceStatus.PLANNED, "Plan");
        TrackerUser admin = this.accounts.newAdmin();
        assertThat(html(get("/compliance/baidu/3").with(TestAccounts.as(admin)))).contains("Not reviewed yet.",
                "action=\"/compliance/" + baidu.getId() + "/review\"", "Mark as reviewed today");

        this.mvc.perform(post("/compliance/" + baidu.getId() + "/review").with(TestAccounts.as(admin)).with(csrf()))
            .andExpect(redirectedUrl("/compliance/baidu/3"))
            .andExpect(flash().attribute("flash", "compliance.reviewed"));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(baidu.getReviewer()).isEqualTo(admin.username());
        assertThat(baidu.getReviewedOn()).isEqualTo(today);
        assertThat(html(get("/compliance/baidu/3").with(TestAccounts.as(admin))))
            .contains("Last reviewed " + today + " by " + admin.username());
        AuditEntry entry = this.audit.history("assessment", baidu.getId()).get(0);
        assertThat(entry.getAction()).isEqualTo(AuditAction.REVIEW);
        assertThat(entry.getChanges()).contains(new FieldChange("reviewer", null, admin.username()));
    }

    // --- evidence

    @Test
    void evidenceErrorsAreShownBesideTheFieldsWithTheInputKept() throws Exception {
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
        String page = html(post("/compliance/baidu/3/evidence").with(this.baiduEditor).with(csrf())
            .param("date", future)
            .param("kind", "EVENT")
            .param("description", "   ")
            .param("link", "javascript:alert(1)"));
        assertThat(page).contains("id=\"date-error\"", "The date cannot be in the future.")
            .contains("id=\"description-error\"", "Describe the evidence.")
            .contains("id=\"link-error\"", "Give a web address starting with http:// or https://.")
            .contains("value=\"" + future + "\"", "value=\"javascript:alert(1)\"",
                    "value=\"EVENT\" selected=\"selected\"")
            .contains("There is a problem")
            .doesNotContain("href=\"javascript:");
        assertThat(find("baidu", 3)).isNull();
    }

    @Test
    void evidenceIsAddedAndRemovedEachAsAnAuditedChangeOfTheAssessment() throws Exception {
        ComplianceAssessment baidu = stored("baidu", 3, ComplianceStatus.PLANNED, "Plan");
        long version = baidu.getVersion();

        this.mvc.perform(post("/compliance/baidu/3/evidence").with(this.baiduEditor).with(csrf())
            .param("date", "2020-05-20")
            .param("kind", "PUBLICATION")
            .param("description", " Licensing terms published ")
            .param("link", "HTTPS://example.org/terms"))
            .andExpect(redirectedUrl("/compliance/baidu/3"))
            .andExpect(flash().attribute("flash", "compliance.evidence.added"));

        this.em.flush();
        assertThat(baidu.getVersion()).isGreaterThan(version);
        Evidence item = baidu.getEvidence().get(0);
        assertThat(item.getDescription()).isEqualTo("Licensing terms published");
        assertThat(html(get("/compliance/baidu/3").with(this.baiduEditor))).contains("Licensing terms published",
                "2020-05-20", "Publication", "href=\"https://example.org/terms\"",
                "action=\"/compliance/baidu/3/evidence/" + item.getId() + "/remove\"");
        AuditEntry added = this.audit.history("assessment", baidu.getId()).get(0);
        assertThat(added.getSummary()).isEqualTo("Baidu – clause 3");
        assertThat(added.getMemberId()).isEqualTo(baidu.getMember().getId());
        assertThat(added.getChanges()).containsExactly(new FieldChange("evidence", null,
                "2020-05-20 PUBLICATION: Licensing terms published <https://example.org/terms>"));

        long versionAfterAdd = baidu.getVersion();
        this.mvc.perform(post("/compliance/baidu/3/evidence/" + item.getId() + "/remove").with(this.baiduEditor)
            .with(csrf()))
            .andExpect(redirectedUrl("/compliance/baidu/3"))
            .andExpect(flash().attribute("flash", "compliance.evidence.removed"));

        this.em.flush();
        assertThat(baidu.getEvidence()).isEmpty();
        assertThat(baidu.getVersion()).isGreaterThan(versionAfterAdd);
        assertThat(html(get("/compliance/baidu/3").with(this.baiduEditor))).doesNotContain("Licensing terms published")
            .contains("No evidence recorded yet.");
        List<AuditEntry> history = this.audit.history("assessment", baidu.getId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getChanges()).containsExactly(new FieldChange("evidence",
                "2020-05-20 PUBLICATION: Licensing terms published <https://example.org/terms>", null));
    }

    @Test
    void addingEvidenceCreatesTheAssessmentWhenThereIsNoneYet() throws Exception {
        this.mvc.perform(post("/compliance/baidu/4/evidence").with(this.baiduEditor).with(csrf())
            .param("date", "2020-04-20")
            .param("kind", "EVENT")
            .param("description", "Signed the initiative")).andExpect(redirectedUrl("/compliance/baidu/4"));
        ComplianceAssessment created = assessment("baidu", 4);
        assertThat(created.getStatus()).isEqualTo(ComplianceStatus.NOT_STARTED);
        assertThat(created.getEvidence()).extracting(Evidence::getDescription).containsExactly("Signed the initiative");
        assertThat(this.audit.history("assessment", created.getId())).extracting(AuditEntry::getAction)
            .containsExactly(AuditAction.CREATE);
    }

    // --- optimistic locking, audit, mass assignment

    @Test
    void aStaleSaveShowsTheConflictAndOverwritesNothing() throws Exception {
        ComplianceAssessment baidu = stored("baidu", 3, ComplianceStatus.PLANNED, "Plan");
        String version = String.valueOf(baidu.getVersion());

        this.mvc.perform(post("/compliance/baidu/3").with(this.baiduEditor).with(csrf())
            .param("status", "IN_PROGRESS")
            .param("summary", "First editor's summary")
            .param("version", version)).andExpect(redirectedUrl("/compliance/baidu/3"));

        String page = html(post("/compliance/baidu/3").with(this.accounts.editor("baidu")).with(csrf())
            .param("status", "IMPLEMENTED")
            .param("summary", "Second editor's summary")
            .param("version", version));

        assertThat(page).contains("id=\"conflict\"", "Someone else saved this assessment")
            .contains("<dd class=\"col-sm-9\">In progress</dd>", "First editor&#39;s summary")
            .contains("Second editor&#39;s summary</textarea>", "value=\"IMPLEMENTED\" selected=\"selected\"")
            .contains("name=\"version\" value=\"" + baidu.getVersion() + "\"");
        assertThat(baidu.getStatus()).isEqualTo(ComplianceStatus.IN_PROGRESS);
        assertThat(baidu.getSummary()).isEqualTo("First editor's summary");
    }

    @Test
    void aSaveFromAPageOpenedBeforeEvidenceWasAddedIsStale() throws Exception {
        ComplianceAssessment baidu = stored("baidu", 3, ComplianceStatus.PLANNED, "Plan");
        String version = String.valueOf(baidu.getVersion());
        this.mvc.perform(post("/compliance/baidu/3/evidence").with(this.baiduEditor).with(csrf())
            .param("date", "2020-05-20")
            .param("kind", "POLICY")
            .param("description", "Policy")).andExpect(redirectedUrl("/compliance/baidu/3"));

        assertThat(html(post("/compliance/baidu/3").with(this.baiduEditor).with(csrf())
            .param("status", "IMPLEMENTED")
            .param("version", version))).contains("id=\"conflict\"");
        assertThat(baidu.getStatus()).isEqualTo(ComplianceStatus.PLANNED);
    }

    @Test
    void theHistoryShowsEachChangedFieldWithOldAndNewValue() throws Exception {
        this.mvc.perform(post("/compliance/baidu/3").with(this.baiduEditor).with(csrf())
            .param("status", "PLANNED")
            .param("summary", "Planned for 2021")).andExpect(redirectedUrl("/compliance/baidu/3"));
        this.em.flush();
        this.mvc.perform(post("/compliance/baidu/3").with(this.baiduEditor).with(csrf())
            .param("status", "IMPLEMENTED")
            .param("summary", "Planned for 2021")
            .param("version", String.valueOf(assessment("baidu", 3).getVersion())))
            .andExpect(redirectedUrl("/compliance/baidu/3"));

        String history = html(get("/compliance/baidu/3/history").with(this.baiduEditor));
        assertThat(history).contains("History of Baidu – clause 3", "href=\"/compliance/baidu/3\"")
            .contains("Created", "Changed")
            .contains("<dt>Status</dt>", "<del>PLANNED</del>", "<ins>IMPLEMENTED</ins>")
            .contains("<dt>Summary</dt>", "<ins>Planned for 2021</ins>");
        this.mvc.perform(get("/compliance/baidu/3/history").with(this.accounts.admin())).andExpect(status().isOk());
    }

    @Test
    void extraParametersCannotSetReviewerSampleMemberOrId() throws Exception {
        this.mvc.perform(post("/compliance/baidu/3").with(this.baiduEditor).with(csrf())
            .param("status", "PLANNED")
            .param("summary", "Plan")
            .param("reviewer", "Forged reviewer")
            .param("reviewedOn", "2020-01-01")
            .param("member", String.valueOf(new Fixtures(this.em).member("jd").getId()))
            .param("member.id", String.valueOf(new Fixtures(this.em).member("jd").getId()))
            .param("sample", "true")
            .param("id", "4242")
            .param("clause", "1")).andExpect(redirectedUrl("/compliance/baidu/3"));

        ComplianceAssessment stored = assessment("baidu", 3);
        assertThat(stored.getReviewer()).isNull();
        assertThat(stored.getReviewedOn()).isNull();
        assertThat(stored.isSample()).isFalse();
        assertThat(stored.getId()).isNotEqualTo(4242L);
        assertThat(stored.getMember().getSlug()).isEqualTo("baidu");
        assertThat(stored.getClause().getNumber()).isEqualTo(3);
        assertThat(find("jd", 3)).isNull();

        this.mvc.perform(post("/compliance/baidu/3/evidence").with(this.baiduEditor).with(csrf())
            .param("date", "2020-05-20")
            .param("kind", "POLICY")
            .param("description", "Policy")
            .param("sample", "true")
            .param("id", "4243")
            .param("assessment", "1")).andExpect(redirectedUrl("/compliance/baidu/3"));
        assertThat(stored.getEvidence()).singleElement().satisfies(e -> {
            assertThat(e.isSample()).isFalse();
            assertThat(e.getId()).isNotEqualTo(4243L);
        });
    }

    // --- helpers

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Clause clause(int number) {
        return this.em.createQuery("select c from Clause c where c.number = :n", Clause.class)
            .setParameter("n", number)
            .getSingleResult();
    }

    private ComplianceAssessment stored(String slug, int clause, ComplianceStatus status, String summary) {
        ComplianceAssessment assessment = new ComplianceAssessment(new Fixtures(this.em).member(slug), clause(clause));
        assessment.setStatus(status);
        assessment.setSummary(summary);
        this.em.persist(assessment);
        this.em.flush();
        return assessment;
    }

    private ComplianceAssessment find(String slug, int clause) {
        this.em.flush();
        return this.em
            .createQuery("select a from ComplianceAssessment a where a.member.slug = :slug and a.clause.number = :n",
                    ComplianceAssessment.class)
            .setParameter("slug", slug)
            .setParameter("n", clause)
            .getResultStream()
            .findFirst()
            .orElse(null);
    }

    private ComplianceAssessment assessment(String slug, int clause) {
        ComplianceAssessment found = find(slug, clause);
        assertThat(found).as("assessment of %s on clause %d", slug, clause).isNotNull();
        return found;
    }

}

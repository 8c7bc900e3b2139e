package org.aiip.tracker.litigation;

import java.nio.charset.StandardCharsets;
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
import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.filing.FilingParty;
import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The litigation log and the transfers of clause 4 through their pages: who may record which case or
 * transfer, the rules on parties, patents and sources, the CSVs, the changes of hands the filing data
 * shows, and where the records show up as evidence.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class LitigationTests {

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

    Fixtures fixtures;

    PatentFiling jdFiling;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.memberService);
        this.fixtures = new Fixtures(this.em);
        this.jdFiling = this.fixtures.publishedFiling("jd", "Warehouse robot navigation", LocalDate.of(2018, 6, 1));
    }

    String id(String slug) {
        return String.valueOf(this.fixtures.member(slug).getId());
    }

    String page(String url, RequestPostProcessor... who) throws Exception {
        var request = get(url);
        for (RequestPostProcessor p : who) {
            request.with(p);
        }
        return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A case between JD.com and an outside patent-assertion entity, with some fields changed. */
    MockHttpServletRequestBuilder caseForm(String url, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("caseNumber", "(2021) Jing 73 Min Chu 1");
        fields.put("title", "Navigation patent asserted against JD.com");
        fields.put("forum", "Beijing Intellectual Property Court");
        fields.put("forumKind", "COURT");
        fields.put("filedOn", "2021-03-01");
        fields.put("outcome", "PENDING");
        fields.put("sourceUrl", "https://example.org/case");
        fields.put("patents", FilingReferences.reference(this.jdFiling) + "\nUS 10,000,001 B2");
        fields.put("parties[0].side", "CLAIMANT");
        fields.put("parties[0].name", "Assertion Holdings LLC");
        fields.put("parties[0].assertionEntity", "true");
        fields.put("parties[1].side", "RESPONDENT");
        fields.put("parties[1].memberId", id("jd"));
        fields.put("version", "0");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long created(MockHttpServletRequestBuilder request) throws Exception {
        String location = this.mvc.perform(request).andExpect(redirectedUrlPattern("/*/*")).andReturn().getResponse()
            .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    MockHttpServletRequestBuilder transferForm(String url, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("patent", FilingReferences.reference(this.jdFiling));
        fields.put("assignee", "Xi'an Outside Robotics Co., Ltd.");
        fields.put("transferredOn", "2022-05-10");
        fields.put("sourceUrl", "https://example.org/assignment");
        fields.put("version", "0");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theRegistersShipEmptyAndSaySo() throws Exception {
        assertThat(page("/litigation")).contains("No cases are recorded yet");
        assertThat(page("/transfers")).contains("No transfers are recorded yet");
        assertThat(body(get("/litigation.csv")).lines().toList()).hasSize(1);
        assertThat(body(get("/transfers.csv")).lines().toList()).hasSize(1);
        assertThat(page("/clauses/4")).contains("Records behind this clause").contains("/litigation")
            .contains("/transfers");
    }

    @Test
    void anAdminRecordsACaseWithMembersOutsidersAndPatentsAndItShowsEverywhere() throws Exception {
        long id = created(caseForm("/litigation/new").with(this.accounts.admin()));

        String detail = page("/litigation/" + id);
        assertThat(detail).contains("Navigation patent asserted against JD.com").contains("Assertion Holdings LLC")
            .contains("patent-assertion entity").contains("/filings/" + this.jdFiling.getId())
            .contains("US 10,000,001 B2").contains("https://example.org/case");
        assertThat(this.audit.history(CaseService.AUDIT_TYPE, id)).hasSize(1);

        String csv = body(get("/litigation.csv"));
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).startsWith(id + ",(2021) Jing 73 Min Chu 1,")
            .contains(",jd (RESPONDENT),Assertion Holdings LLC (CLAIMANT),Assertion Holdings LLC,")
            .contains(FilingReferences.reference(this.jdFiling) + "; US 10,000,001 B2");

        assertThat(page("/clauses/4")).contains("/litigation/" + id);
        assertThat(page("/members/jd")).contains("clause-4-records").contains("/litigation/" + id);
        assertThat(page("/filings/" + this.jdFiling.getId())).contains("/litigation/" + id);
        assertThat(page("/api/v1/cases")).contains("\"assertionEntity\":true").contains("\"caseNumber\":\"(2021) Jing 73 Min Chu 1\"");
    }

    @Test
    void aCaseNeedsAMemberPartyAndEditorsRecordOnlyTheirCompanysCases() throws Exception {
        String noMember = body(caseForm("/litigation/new", "parties[1].memberId", "").with(this.accounts.admin()));
        assertThat(noMember).contains("Name at least one member company among the parties")
            .contains("Assertion Holdings LLC");

        RequestPostProcessor baidu = this.accounts.editor("baidu");
        String notYours = body(caseForm("/litigation/new").with(baidu));
        assertThat(notYours).contains("Your own company must be one of the parties");

        String both = body(caseForm("/litigation/new", "parties[0].memberId", id("haier")).with(this.accounts.admin()));
        assertThat(both).contains("Choose a member or type a name, not both");

        long id = created(caseForm("/litigation/new").with(this.accounts.editor("jd")));
        this.mvc.perform(get("/litigation/" + id + "/edit").with(baidu)).andExpect(status().isNotFound());
        this.mvc.perform(caseForm("/litigation/" + id + "/edit", "title", "Taken").with(baidu))
            .andExpect(status().isNotFound());
        this.mvc.perform(caseForm("/litigation/" + id + "/edit", "outcome", "SETTLED", "decidedOn", "2022-01-01")
                .with(this.accounts.editor("jd")))
            .andExpect(redirectedUrl("/litigation/" + id));
        assertThat(page("/litigation/" + id)).contains("Settled");

        String order = body(caseForm("/litigation/new", "decidedOn", "2020-01-01").with(this.accounts.admin()));
        assertThat(order).contains("The end cannot be before the start");
    }

    @Test
    void aCaseNamesNoUnpublishedFiling() throws Exception {
        PatentFiling secret = this.fixtures.unpublishedFiling("jd", "Secret", LocalDate.of(2024, 2, 2));
        String html = body(caseForm("/litigation/new", "patents", FilingReferences.reference(secret))
            .with(this.accounts.admin()));
        assertThat(html).contains(FilingReferences.reference(secret) + " is not published yet");
    }

    @Test
    void anAdminRecordsATransferAndTheChangeOfHandsFromTheFilingDataIsNoLongerOffered() throws Exception {
        this.jdFiling.getParties().add(new FilingParty(FilingParty.Role.APPLICANT, "Beijing Jingdong Shangke", null));
        this.jdFiling.getParties().add(new FilingParty(FilingParty.Role.OWNER, "Xi'an Outside Robotics Co., Ltd.", null));
        this.em.flush();

        RequestPostProcessor admin = this.accounts.admin();
        assertThat(page("/transfers")).contains("Changes of hands the filing data shows")
            .contains(FilingReferences.reference(this.jdFiling));
        String prefilled = page("/transfers/new?filing=" + this.jdFiling.getId(), admin);
        assertThat(prefilled).contains("value=\"" + FilingReferences.reference(this.jdFiling) + "\"")
            .contains("Xi&#39;an Outside Robotics Co., Ltd.");

        long id = created(transferForm("/transfers/new", "assertionEntity", "true").with(admin));
        assertThat(page("/transfers/" + id)).contains("JD.com").contains("Xi&#39;an Outside Robotics Co., Ltd.")
            .contains("patent-assertion entity");
        assertThat(page("/transfers")).contains("None besides the recorded transfers");
        assertThat(page("/filings/" + this.jdFiling.getId())).contains("/transfers/" + id)
            .contains("The register of transfers");
        assertThat(page("/members/jd")).contains("/transfers/" + id);
        String csv = body(get("/transfers.csv"));
        assertThat(csv.lines().toList().get(1)).startsWith(id + "," + FilingReferences.reference(this.jdFiling) + ",")
            .contains(",JD.com,jd,\"Xi'an Outside Robotics Co., Ltd.\",true,2022-05-10,https://example.org/assignment,");
        assertThat(page("/api/v1/transfers")).contains("\"assignee\":\"Xi'an Outside Robotics Co., Ltd.\"");
        assertThat(this.audit.history(TransferService.AUDIT_TYPE, id)).hasSize(1);
    }

    @Test
    void editorsRecordTransfersOfTheirOwnCompanysPatentsOnly() throws Exception {
        RequestPostProcessor baidu = this.accounts.editor("baidu");
        String refused = body(transferForm("/transfers/new").with(baidu));
        assertThat(refused).contains("is not a filing of this member");

        long id = created(transferForm("/transfers/new").with(this.accounts.editor("jd")));
        this.mvc.perform(get("/transfers/" + id + "/edit").with(baidu)).andExpect(status().isNotFound());
        this.mvc.perform(transferForm("/transfers/" + id + "/edit", "assignee", "Other").with(baidu))
            .andExpect(status().isNotFound());

        String member = body(transferForm("/transfers/new", "assignee", "Baidu").with(this.accounts.admin()));
        assertThat(member).contains("The assignee is a member of the initiative");
        String future = body(transferForm("/transfers/new", "transferredOn", "2999-01-01").with(this.accounts.admin()));
        assertThat(future).contains("The date cannot be in the future");
    }

    @Test
    void theFormsAreForSignedInPeopleOnly() throws Exception {
        for (String url : new String[] { "/litigation/new", "/transfers/new", "/litigation/1/edit", "/transfers/1/edit",
                "/litigation/1/history", "/transfers/1/history" }) {
            this.mvc.perform(get(url)).andExpect(redirectedUrl("/login"));
        }
        this.mvc.perform(caseForm("/litigation/new")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(transferForm("/transfers/new")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get("/litigation/abc")).andExpect(status().isNotFound());
        this.mvc.perform(get("/transfers/999999")).andExpect(status().isNotFound());
    }

}

package org.aiip.tracker.member.internal;

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
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.member.MemberStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class MemberFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService memberService;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        this.accounts = new TestAccounts(this.accountService, this.memberService);
    }

    String html(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return this.mvc.perform(request.with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    }

    MemberCompany member(String slug) {
        this.em.flush();
        this.em.clear();
        return new Fixtures(this.em).member(slug);
    }

    /** The edit form of JD.com as the admin would send it, with some fields changed (name, value pairs). */
    MockHttpServletRequestBuilder editJd(long version, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nameEn", "JD.com");
        fields.put("nameZh", "京东");
        fields.put("nameKo", "징둥닷컴");
        fields.put("slug", "jd");
        fields.put("sector", "E-commerce");
        fields.put("website", "https://www.jd.com");
        fields.put("joinedOn", "2020-04-20");
        fields.put("role", "MEMBER");
        fields.put("description", "Named in the source article as a member of the initiative.");
        fields.put("version", String.valueOf(version));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/members/jd/edit").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    // Who may use which route

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String url : new String[] { "/members/new", "/members/jd/edit", "/members/jd/withdraw",
                "/members/jd/profile", "/members/jd/history" }) {
            this.mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void editorsMayNotUseTheAdminsMemberForms() throws Exception {
        RequestPostProcessor editor = this.accounts.editor("jd");
        for (String url : new String[] { "/members/new", "/members/jd/edit", "/members/jd/withdraw" }) {
            this.mvc.perform(get(url).with(editor)).andExpect(status().isForbidden());
        }
        this.mvc.perform(editJd(0).with(editor)).andExpect(status().isForbidden());
        assertThat(member("jd").getSector()).isEqualTo("E-commerce");
    }

    @Test
    void anEditorOfAnotherCompanyGetsNotFoundForProfileAndHistory() throws Exception {
        RequestPostProcessor editor = this.accounts.editor("jd");
        this.mvc.perform(get("/members/baidu/profile").with(editor)).andExpect(status().isNotFound());
        this.mvc.perform(get("/members/baidu/history").with(editor)).andExpect(status().isNotFound());
        this.mvc
            .perform(post("/members/baidu/profile").with(csrf())
                .with(editor)
                .param("description", "Taken over")
                .param("version", "0"))
            .andExpect(status().isNotFound());
        assertThat(member("baidu").getDescription()).startsWith("Lead company");
    }

    @Test
    void anUnknownCompanyIsNotFoundForAdmins() throws Exception {
        this.mvc.perform(get("/members/nobody/edit").with(this.accounts.admin())).andExpect(status().isNotFound());
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        this.mvc
            .perform(post("/members/new").with(this.accounts.admin()).param("nameEn", "Tencent").param("slug", "tencent"))
            .andExpect(status().isForbidden());
        this.mvc
            .perform(post("/members/jd/profile").with(this.accounts.editor("jd")).param("sector", "X").param("version", "0"))
            .andExpect(status().isForbidden());
        assertThat(this.memberService.bySlug("tencent")).isEmpty();
    }

    // Creating and editing

    @Test
    void anAdminAddsAMemberThatThenShowsInTheList() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        assertThat(html(get("/members/new"), admin)).contains("New member company", "name=\"nameEn\"",
                "name=\"slug\"", "Lead company");
        this.mvc
            .perform(post("/members/new").with(admin)
                .with(csrf())
                .param("nameEn", "Tencent")
                .param("nameZh", "腾讯")
                .param("slug", "tencent")
                .param("sector", "Internet")
                .param("website", "https://www.tencent.com")
                .param("joinedOn", "2021-01-04")
                .param("role", "MEMBER"))
            .andExpect(redirectedUrl("/members/tencent"))
            .andExpect(flash().attribute("flash", "members.saved"));
        assertThat(html(get("/members"), admin)).contains("Tencent", "href=\"/members/tencent\"");
        assertThat(html(get("/members/tencent").flashAttr("flash", "members.saved"), admin))
            .contains("<h1>Tencent</h1>", "腾讯", "The member company has been saved.");
    }

    @Test
    void aDuplicateAddressIsShownBesideTheFieldWithTheInputKept() throws Exception {
        String page = html(post("/members/new").with(csrf())
            .param("nameEn", "Another JD")
            .param("slug", "jd")
            .param("role", "MEMBER"), this.accounts.admin());
        assertThat(page).contains("id=\"slug-error\"", "This address is already used by another company.")
            .contains("value=\"Another JD\"")
            .contains("id=\"error-summary\"");
    }

    @Test
    void anAddressCannotBeChangedToOneInUse() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        long version = member("jd").getVersion();
        String page = html(editJd(version, "slug", "haier"), admin);
        assertThat(page).contains("This address is already used by another company.", "value=\"haier\"");
        assertThat(member("jd").getSlug()).isEqualTo("jd");
    }

    @Test
    void aBadWebsiteAFutureJoinDateAndABadAddressAreShownBesideTheirFields() throws Exception {
        long version = member("jd").getVersion();
        String page = html(editJd(version, "website", "ftp://files.jd.com", "joinedOn", "2999-01-01", "slug",
                "JD com"), this.accounts.admin());
        assertThat(page).contains("id=\"website-error\"", "Enter a web address that starts with http:// or https://.")
            .contains("value=\"ftp://files.jd.com\"")
            .contains("id=\"joinedOn-error\"", "The join date cannot be in the future.")
            .contains("id=\"slug-error\"", "Use 2 to 60 lowercase letters");
        assertThat(member("jd").getWebsite()).isEqualTo("https://www.jd.com");
    }

    @Test
    void aMissingEnglishNameAndATooLongDescriptionAreRefused() throws Exception {
        String page = html(post("/members/new").with(csrf())
            .param("slug", "newco")
            .param("role", "MEMBER")
            .param("description", "x".repeat(4001)), this.accounts.admin());
        assertThat(page).contains("id=\"nameEn-error\"", "This field is required.")
            .contains("id=\"description-error\"", "At most 4,000 characters.");
        assertThat(this.memberService.bySlug("newco")).isEmpty();
    }

    @Test
    void aChangedAddressMovesTheProfile() throws Exception {
        long version = member("jd").getVersion();
        this.mvc.perform(editJd(version, "slug", "jd-com").with(this.accounts.admin()))
            .andExpect(redirectedUrl("/members/jd-com"));
        assertThat(this.memberService.bySlug("jd-com")).isPresent();
        this.mvc.perform(get("/members/jd")).andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditShowsTheConflictAndKeepsTheFirstSave() throws Exception {
        long version = member("jd").getVersion();
        this.mvc.perform(editJd(version, "sector", "Retail").with(this.accounts.admin()))
            .andExpect(redirectedUrl("/members/jd"));
        String page = html(editJd(version, "sector", "Logistics"), this.accounts.admin());
        assertThat(page).contains("id=\"conflict\"", "Someone else saved this company")
            .contains("<dd class=\"col-sm-9\">Retail</dd>")
            .contains("value=\"Logistics\"");
        assertThat(member("jd").getSector()).isEqualTo("Retail");
    }

    @Test
    void theHistoryListsTheChangedFieldWithOldAndNewValue() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        long version = member("jd").getVersion();
        this.mvc.perform(editJd(version, "sector", "Retail").with(admin)).andExpect(status().is3xxRedirection());
        String history = html(get("/members/jd/history"), admin);
        assertThat(history).contains("History of JD.com", "<dt>Sector</dt>", "<del>E-commerce</del>",
                "<ins>Retail</ins>", "Changed");
        assertThat(history).doesNotContain("<dt>Name (English)</dt>");
    }

    @Test
    void extraParametersOnTheEditFormChangeNothingElse() throws Exception {
        MemberCompany before = member("jd");
        this.mvc
            .perform(editJd(before.getVersion()).param("id", "999")
                .param("status", "WITHDRAWN")
                .param("withdrawnOn", "2020-05-01")
                .param("sample", "true")
                .with(this.accounts.admin()))
            .andExpect(redirectedUrl("/members/jd"));
        MemberCompany after = member("jd");
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(after.getWithdrawnOn()).isNull();
        assertThat(this.memberService.byId(999L)).isEmpty();
    }

    // The editors' profile form

    @Test
    void anEditorKeepsTheirOwnCompanysProfileText() throws Exception {
        RequestPostProcessor editor = this.accounts.editor("jd");
        long version = member("jd").getVersion();
        assertThat(html(get("/members/jd/profile"), editor)).contains("Profile of JD.com", "name=\"description\"")
            .doesNotContain("name=\"nameEn\"");
        this.mvc
            .perform(post("/members/jd/profile").with(csrf())
                .with(editor)
                .param("description", "Online retail and logistics.")
                .param("sector", "Retail")
                .param("website", "https://corporate.jd.com")
                .param("version", String.valueOf(version))
                .param("nameEn", "Hacked")
                .param("slug", "hacked")
                .param("role", "LEAD")
                .param("status", "WITHDRAWN"))
            .andExpect(redirectedUrl("/members/jd"))
            .andExpect(flash().attribute("flash", "members.profile.saved"));
        MemberCompany jd = member("jd");
        assertThat(jd.getDescription()).isEqualTo("Online retail and logistics.");
        assertThat(jd.getWebsite()).isEqualTo("https://corporate.jd.com");
        assertThat(jd.getNameEn()).isEqualTo("JD.com");
        assertThat(jd.getSlug()).isEqualTo("jd");
        assertThat(jd.getRole().name()).isEqualTo("MEMBER");
        assertThat(jd.isActive()).isTrue();
        assertThat(html(get("/members/jd/history"), editor)).contains("<dt>Description</dt>",
                "<ins>Online retail and logistics.</ins>");
    }

    @Test
    void aBadWebsiteOnTheProfileFormIsShownBesideTheField() throws Exception {
        String page = html(post("/members/jd/profile").with(csrf())
            .param("website", "www.jd.com")
            .param("version", String.valueOf(member("jd").getVersion())), this.accounts.editor("jd"));
        assertThat(page).contains("id=\"website-error\"", "value=\"www.jd.com\"");
    }

    // Withdrawal

    @Test
    void aWithdrawnCompanyStaysOnRecordAndShowsAsWithdrawn() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        MemberCompany jd = member("jd");
        assertThat(html(get("/members/jd/withdraw"), admin)).contains("Withdraw JD.com", "name=\"withdrawnOn\"");
        this.mvc
            .perform(post("/members/jd/withdraw").with(csrf())
                .with(admin)
                .param("withdrawnOn", "2021-03-01")
                .param("version", String.valueOf(jd.getVersion())))
            .andExpect(redirectedUrl("/members/jd"))
            .andExpect(flash().attribute("flash", "members.withdrawn"));
        MemberCompany after = member("jd");
        assertThat(after.getId()).isEqualTo(jd.getId());
        assertThat(after.getStatus()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(html(get("/members"), admin)).contains("JD.com", "Withdrawn since 2021-03-01");
        assertThat(html(get("/members/jd"), admin)).contains("<h1>JD.com</h1>", "Withdrawn since 2021-03-01")
            .doesNotContain("/members/jd/withdraw\"");
        assertThat(html(get("/members/jd/history"), admin)).contains("Withdrawn", "<dt>Status</dt>",
                "<del>Active</del>", "<ins>Withdrawn</ins>");
    }

    @Test
    void aWithdrawalDateInTheFutureOrBeforeJoiningIsRefused() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        long version = member("jd").getVersion();
        assertThat(html(post("/members/jd/withdraw").with(csrf())
            .param("withdrawnOn", "2999-01-01")
            .param("version", String.valueOf(version)), admin)).contains("id=\"withdrawnOn-error\"",
                    "The date cannot be in the future.", "value=\"2999-01-01\"");
        assertThat(html(post("/members/jd/withdraw").with(csrf())
            .param("withdrawnOn", "2019-01-01")
            .param("version", String.valueOf(version)), admin)).contains("before the company joined");
        assertThat(member("jd").isActive()).isTrue();
    }

    // Links on the public pages

    @Test
    void adminsSeeEditWithdrawAndHistoryLinksOnAProfile() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        assertThat(html(get("/members/jd"), admin)).contains("href=\"/members/jd/edit\"",
                "href=\"/members/jd/withdraw\"", "href=\"/members/jd/history\"");
        assertThat(html(get("/members"), admin)).contains("href=\"/members/new\"");
    }

    @Test
    void editorsSeeTheProfileLinkOnTheirOwnCompanyOnly() throws Exception {
        RequestPostProcessor editor = this.accounts.editor("jd");
        assertThat(html(get("/members/jd"), editor)).contains("href=\"/members/jd/profile\"")
            .doesNotContain("href=\"/members/jd/edit\"");
        assertThat(html(get("/members/baidu"), editor)).doesNotContain("/members/baidu/profile",
                "/members/baidu/history");
        assertThat(html(get("/members"), editor)).doesNotContain("href=\"/members/new\"");
    }

    @Test
    void visitorsSeeNoEditLinks() throws Exception {
        String page = this.mvc.perform(get("/members/jd")).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/members/jd/edit", "/members/jd/profile", "/members/jd/history");
    }

}

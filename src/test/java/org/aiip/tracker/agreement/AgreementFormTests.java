package org.aiip.tracker.agreement;

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
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class AgreementFormTests {

    private static final String BAIDU_HAIER = "Baidu–Haier AI and IoT patent cooperation agreement";

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService memberService;

    @Autowired
    AgreementService agreements;

    TestAccounts accounts;

    long baiduHaier;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.memberService);
        this.baiduHaier = this.agreements.all()
            .stream()
            .filter(a -> a.getTitle().equals(BAIDU_HAIER))
            .findFirst()
            .orElseThrow()
            .getId();
    }

    String html(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return this.mvc.perform(request.with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    }

    String id(String slug) {
        return String.valueOf(new Fixtures(this.em).member(slug).getId());
    }

    /** A ticked party checkbox. */
    static String checked(String memberId) {
        return "value=\"" + memberId + "\" id=\"partyIds\\d+\" name=\"partyIds\" checked=\"checked\"";
    }

    CooperationAgreement stored(long id) {
        this.em.flush();
        this.em.clear();
        return this.em.find(CooperationAgreement.class, id);
    }

    /** A complete agreement form, with some fields changed (name, value pairs). */
    MockHttpServletRequestBuilder form(String url, long version, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", BAIDU_HAIER);
        fields.put("signedOn", "2019-06-01");
        fields.put("signedPrecision", "MONTH");
        fields.put("kind", "OTHER");
        fields.put("technologyFields", "AI; IoT");
        fields.put("description", "Each party cooperates in the patent fields where it is strongest; "
                + "the first AI + IoT patent cooperation between Chinese companies.");
        fields.put("source", "Korean news article of 21 April 2020 (see docs/sources.md)");
        fields.put("version", String.valueOf(version));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    MockHttpServletRequestBuilder editBaiduHaier(String... changes) {
        return form("/agreements/" + this.baiduHaier + "/edit", stored(this.baiduHaier).getVersion(), changes)
            .param("partyIds", id("baidu"), id("haier"));
    }

    // Who may use which route

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String url : new String[] { "/agreements/new", "/agreements/" + this.baiduHaier + "/edit",
                "/agreements/" + this.baiduHaier + "/history" }) {
            this.mvc.perform(get(url)).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void editorsMayNotCreateOrEditAgreementsButMayReadTheirHistory() throws Exception {
        RequestPostProcessor editor = this.accounts.editor("haier");
        this.mvc.perform(get("/agreements/new").with(editor)).andExpect(status().isForbidden());
        this.mvc.perform(get("/agreements/" + this.baiduHaier + "/edit").with(editor))
            .andExpect(status().isForbidden());
        this.mvc.perform(editBaiduHaier("title", "Renamed").with(editor)).andExpect(status().isForbidden());
        assertThat(html(get("/agreements/" + this.baiduHaier + "/history"), editor)).contains("History of " + BAIDU_HAIER);
        assertThat(stored(this.baiduHaier).getTitle()).isEqualTo(BAIDU_HAIER);
    }

    @Test
    void unknownAgreementsAreNotFound() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        this.mvc.perform(get("/agreements/999999/edit").with(admin)).andExpect(status().isNotFound());
        this.mvc.perform(get("/agreements/abc/edit").with(admin)).andExpect(status().isNotFound());
        this.mvc.perform(get("/agreements/999999/history").with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        this.mvc
            .perform(post("/agreements/new").with(this.accounts.admin())
                .param("title", "No token")
                .param("signedOn", "2021-01-01")
                .param("partyIds", id("baidu"), id("jd")))
            .andExpect(status().isForbidden());
        assertThat(this.agreements.all()).extracting(CooperationAgreement::getTitle).doesNotContain("No token");
    }

    // Creating and editing

    @Test
    void anAdminCreatesAnAgreementThatThenShowsWithPartiesFieldsAndClauses() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        assertThat(html(get("/agreements/new"), admin)).contains("New agreement", "name=\"partyIds\"", "JD.com",
                "name=\"clauseNumbers\"", "Clause 3: Open patent licensing");
        String location = this.mvc
            .perform(form("/agreements/new", 0, "title", "JD–Baidu speech licence", "signedOn", "2021-03-15",
                    "kind", "CROSS_LICENCE", "technologyFields", "Speech recognition; Vision; Speech recognition",
                    "description", "A cross-licence.", "source", "Press release")
                .param("partyIds", id("jd"), id("baidu"))
                .param("clauseNumbers", "3", "8")
                .with(admin))
            .andExpect(redirectedUrlPattern("/agreements/*"))
            .andExpect(flash().attribute("flash", "agreements.saved"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        CooperationAgreement created = stored(Long.parseLong(location.substring("/agreements/".length())));
        assertThat(created.isSample()).isFalse();
        assertThat(created.getTechnologyFields()).containsExactly("Speech recognition", "Vision");
        String page = html(get(location).flashAttr("flash", "agreements.saved"), admin);
        assertThat(page).contains("JD–Baidu speech licence", "The agreement has been saved.", "Cross-licence",
                "Speech recognition, Vision", "href=\"/members/jd\"", "href=\"/members/baidu\"", "Clause 3",
                "Clause 8", "A cross-licence.", "Press release");
        assertThat(html(get("/agreements"), admin)).contains("JD–Baidu speech licence");
    }

    @Test
    void aMonthPrecisionDateIsKeptAsTheFirstOfTheMonthAndShownAsTheMonth() throws Exception {
        this.mvc.perform(editBaiduHaier("signedOn", "2019-07-23").with(this.accounts.admin()))
            .andExpect(redirectedUrl("/agreements/" + this.baiduHaier));
        assertThat(stored(this.baiduHaier).getSignedOn()).hasToString("2019-07-01");
        assertThat(html(get("/agreements/" + this.baiduHaier), this.accounts.admin())).contains("July 2019");
    }

    @Test
    void oneOnlyPartyIsShownBesideTheFieldWithTheInputKept() throws Exception {
        String page = html(form("/agreements/new", 0, "title", "A lonely agreement").param("partyIds", id("jd")),
                this.accounts.admin());
        assertThat(page).contains("id=\"partyIds-error\"", "Choose two or more parties.")
            .contains("value=\"A lonely agreement\"")
            .containsPattern(checked(id("jd")));
        assertThat(this.agreements.all()).extracting(CooperationAgreement::getTitle)
            .doesNotContain("A lonely agreement");
    }

    @Test
    void noPartyAtAllIsRefusedToo() throws Exception {
        String page = html(form("/agreements/new", 0, "title", "Nobody's agreement").param("_partyIds", "on"),
                this.accounts.admin());
        assertThat(page).contains("id=\"partyIds-error\"", "Choose two or more parties.");
    }

    @Test
    void aTooLongTechnologyFieldAFutureDateAndAMissingTitleAreShownBesideTheirFields() throws Exception {
        String page = html(editBaiduHaier("technologyFields", "AI; " + "x".repeat(101), "signedOn", "2999-01-01",
                "title", ""), this.accounts.admin());
        assertThat(page).contains("id=\"signedOn-error\"", "The signing date cannot be in the future.")
            .contains("id=\"title-error\"", "This field is required.")
            .contains("value=\"2999-01-01\"");
        page = html(editBaiduHaier("technologyFields", "AI; " + "x".repeat(101)), this.accounts.admin());
        assertThat(page).contains("id=\"technologyFields-error\"", "at most 100 characters");
        assertThat(stored(this.baiduHaier).getTechnologyFields()).containsExactly("AI", "IoT");
    }

    @Test
    void anUnknownPartyOrClauseIsRefused() throws Exception {
        String page = html(editBaiduHaier().param("partyIds", "999999").param("clauseNumbers", "9"),
                this.accounts.admin());
        assertThat(page).contains("id=\"partyIds-error\"", "Choose the parties from the list.")
            .contains("id=\"clauseNumbers-error\"", "Choose the clauses from the list.");
    }

    @Test
    void theEditFormShowsTheStoredValues() throws Exception {
        String page = html(get("/agreements/" + this.baiduHaier + "/edit"), this.accounts.admin());
        assertThat(page).contains("Edit agreement", "value=\"Baidu&ndash;Haier AI and IoT patent", "value=\"AI; IoT\"",
                "value=\"2019-06-01\"")
            .containsPattern(checked(id("haier")))
            .doesNotContainPattern(checked(id("jd")));
    }

    @Test
    void aStaleEditShowsTheConflictAndKeepsTheFirstSave() throws Exception {
        long version = stored(this.baiduHaier).getVersion();
        String url = "/agreements/" + this.baiduHaier + "/edit";
        this.mvc.perform(form(url, version, "description", "First admin's text")
            .param("partyIds", id("baidu"), id("haier"))
            .with(this.accounts.admin())).andExpect(redirectedUrl("/agreements/" + this.baiduHaier));
        String page = html(form(url, version, "description", "Second admin's text").param("partyIds", id("baidu"),
                id("haier")), this.accounts.admin());
        assertThat(page).contains("id=\"conflict\"", "Someone else saved this agreement", "First admin&#39;s text",
                "Second admin&#39;s text");
        assertThat(stored(this.baiduHaier).getDescription()).isEqualTo("First admin's text");
    }

    @Test
    void theHistoryListsTheChangedFieldsWithOldAndNewValues() throws Exception {
        this.mvc.perform(editBaiduHaier("technologyFields", "AI; IoT; Smart home").param("partyIds", id("jd"))
            .with(this.accounts.admin())).andExpect(status().is3xxRedirection());
        String history = html(get("/agreements/" + this.baiduHaier + "/history"), this.accounts.editor("jd"));
        assertThat(history).contains("<dt>Technology fields</dt>", "<del>AI; IoT</del>", "<ins>AI; IoT; Smart home</ins>")
            .contains("<dt>Parties</dt>", "<del>Baidu; Haier</del>", "<ins>Baidu; Haier; JD.com</ins>")
            .doesNotContain("<dt>Title</dt>");
    }

    @Test
    void extraParametersChangeNothingTheyShouldNot() throws Exception {
        this.mvc.perform(editBaiduHaier("id", "999", "sample", "true", "title", "Renamed")
            .with(this.accounts.admin())).andExpect(redirectedUrl("/agreements/" + this.baiduHaier));
        CooperationAgreement after = stored(this.baiduHaier);
        assertThat(after.getTitle()).isEqualTo("Renamed");
        assertThat(after.isSample()).isFalse();
        assertThat(this.agreements.byId(999L)).isEmpty();
    }

    // Links on the public pages

    @Test
    void adminsSeeNewEditAndHistoryLinksEditorsOnlyHistory() throws Exception {
        String detail = "/agreements/" + this.baiduHaier;
        assertThat(html(get("/agreements"), this.accounts.admin())).contains("href=\"/agreements/new\"");
        assertThat(html(get(detail), this.accounts.admin())).contains("href=\"" + detail + "/edit\"",
                "href=\"" + detail + "/history\"");
        assertThat(html(get(detail), this.accounts.editor("jd"))).contains("href=\"" + detail + "/history\"")
            .doesNotContain(detail + "/edit");
        assertThat(this.mvc.perform(get(detail)).andReturn().getResponse().getContentAsString())
            .doesNotContain(detail + "/edit", detail + "/history");
        assertThat(this.mvc.perform(get("/agreements")).andReturn().getResponse().getContentAsString())
            .doesNotContain("/agreements/new");
    }

}

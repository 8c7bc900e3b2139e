package org.aiip.tracker.clause;

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

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;

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
class ClauseTextFormTests {

    private static final String ZH_TITLE = "探索专利开放许可";

    private static final String ZH_TEXT = "探索专利开放许可政策，促进人工智能专利技术创新与应用。";

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService memberService;

    @Autowired
    ClauseService clauses;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.memberService);
    }

    String html(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return this.mvc.perform(request.with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    }

    Clause clause(int number) {
        this.em.flush();
        this.em.clear();
        return this.clauses.byNumber(number).orElseThrow();
    }

    MockHttpServletRequestBuilder text(int number, String lang, String title, String fullText, boolean source,
            Long version) {
        MockHttpServletRequestBuilder request = post("/clauses/" + number + "/texts/" + lang).with(csrf())
            .param("shortTitle", title)
            .param("fullText", fullText)
            .param("_sourceText", "on")
            .param("version", version == null ? "" : String.valueOf(version));
        return source ? request.param("sourceText", "true") : request;
    }

    long enVersion(int number) {
        return clause(number).text("en").orElseThrow().getVersion();
    }

    // Who may use which route

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        this.mvc.perform(get("/clauses/3/texts/zh")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get("/clauses/3/texts/history")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void editorsMayNotChangeClauseTexts() throws Exception {
        RequestPostProcessor editor = this.accounts.editor("baidu");
        this.mvc.perform(get("/clauses/3/texts/zh").with(editor)).andExpect(status().isForbidden());
        this.mvc.perform(get("/clauses/3/texts/history").with(editor)).andExpect(status().isForbidden());
        this.mvc.perform(text(3, "zh", ZH_TITLE, ZH_TEXT, true, null).with(editor)).andExpect(status().isForbidden());
        assertThat(clause(3).text("zh")).isEmpty();
    }

    @Test
    void otherLanguagesAndUnknownClausesAreNotFound() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        this.mvc.perform(get("/clauses/3/texts/fr").with(admin)).andExpect(status().isNotFound());
        this.mvc.perform(text(3, "fr", "Titre", "Texte", false, null).with(admin)).andExpect(status().isNotFound());
        this.mvc.perform(get("/clauses/9/texts/zh").with(admin)).andExpect(status().isNotFound());
        this.mvc.perform(get("/clauses/abc/texts/zh").with(admin)).andExpect(status().isNotFound());
        this.mvc.perform(get("/clauses/9/texts/history").with(admin)).andExpect(status().isNotFound());
        assertThat(clause(3).text("fr")).isEmpty();
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        this.mvc
            .perform(post("/clauses/3/texts/zh").with(this.accounts.admin())
                .param("shortTitle", ZH_TITLE)
                .param("fullText", ZH_TEXT))
            .andExpect(status().isForbidden());
        assertThat(clause(3).text("zh")).isEmpty();
    }

    // Adding and correcting

    @Test
    void aChineseTextAddedByAnAdminShowsWithoutTheFallbackNote() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        assertThat(html(get("/clauses/3?lang=zh"), admin)).contains("id=\"fallback-note\"");
        assertThat(html(get("/clauses/3/texts/zh"), admin)).contains("Clause 3: the 中文 text", "There is no text",
                "Open patent licensing");
        this.mvc.perform(text(3, "zh", ZH_TITLE, ZH_TEXT, true, null).with(admin))
            .andExpect(redirectedUrl("/clauses/3"))
            .andExpect(flash().attribute("flash", "clauses.text.saved"));
        String page = html(get("/clauses/3?lang=zh"), admin);
        assertThat(page).contains(ZH_TITLE, ZH_TEXT, "lang=\"zh\"").doesNotContain("id=\"fallback-note\"");
        assertThat(clause(3).text("zh").orElseThrow().isSourceText()).isTrue();
    }

    @Test
    void markingAVersionAsSourceTextUnmarksTheOtherAndSaysSo() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        this.mvc.perform(text(3, "zh", ZH_TITLE, ZH_TEXT, true, null).with(admin))
            .andExpect(flash().attribute("flash", "clauses.text.saved"));
        this.mvc.perform(text(3, "en", "Open patent licensing", "Explore open patent-licensing policies.", true,
                enVersion(3)).with(admin))
            .andExpect(redirectedUrl("/clauses/3"))
            .andExpect(flash().attribute("flash", "clauses.text.savedSourceMoved"));
        Clause clause = clause(3);
        assertThat(clause.text("en").orElseThrow().isSourceText()).isTrue();
        assertThat(clause.text("zh").orElseThrow().isSourceText()).isFalse();
        assertThat(html(get("/clauses/3").flashAttr("flash", "clauses.text.savedSourceMoved"), admin))
            .contains("is marked as a translation");
        assertThat(html(get("/clauses/3/texts/history"), admin)).contains("<dt>Chinese: source text</dt>", "<del>Yes</del>",
                "<ins>No</ins>");
    }

    @Test
    void aMissingTitleAndATooLongTextAreShownBesideTheirFieldsWithTheInputKept() throws Exception {
        String page = html(text(3, "zh", "", "长".repeat(4001), false, null), this.accounts.admin());
        assertThat(page).contains("id=\"shortTitle-error\"", "This field is required.")
            .contains("id=\"fullText-error\"", "At most 4,000 characters.")
            .contains("长长长长");
        assertThat(clause(3).text("zh")).isEmpty();
    }

    @Test
    void aStaleCorrectionShowsTheConflictAndKeepsTheFirstSave() throws Exception {
        long version = enVersion(3);
        this.mvc.perform(text(3, "en", "Open licensing", "First admin's wording.", false, version)
            .with(this.accounts.admin())).andExpect(redirectedUrl("/clauses/3"));
        String page = html(text(3, "en", "Open licensing", "Second admin's wording.", false, version),
                this.accounts.admin());
        assertThat(page).contains("id=\"conflict\"", "First admin&#39;s wording.", "Second admin&#39;s wording.");
        assertThat(clause(3).text("en").orElseThrow().getFullText()).isEqualTo("First admin's wording.");
    }

    @Test
    void aVersionAddedMeanwhileIsAConflictToo() throws Exception {
        this.mvc.perform(text(3, "zh", ZH_TITLE, ZH_TEXT, false, null).with(this.accounts.admin()))
            .andExpect(redirectedUrl("/clauses/3"));
        String page = html(text(3, "zh", "别的标题", "别的文字", false, null), this.accounts.admin());
        assertThat(page).contains("id=\"conflict\"", ZH_TEXT);
        assertThat(clause(3).text("zh").orElseThrow().getShortTitle()).isEqualTo(ZH_TITLE);
    }

    @Test
    void theHistoryListsTheChangedFieldWithOldAndNewValue() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        this.mvc.perform(text(3, "en", "Open patent licensing (corrected)",
                "Explore open patent-licensing policies, and promote innovation in and application of AI patented technology.",
                false, enVersion(3)).with(admin)).andExpect(status().is3xxRedirection());
        String history = html(get("/clauses/3/texts/history"), admin);
        assertThat(history).contains("History of Clause 3", "<dt>English: short title</dt>", "<del>Open patent licensing</del>",
                "<ins>Open patent licensing (corrected)</ins>")
            .doesNotContain("<dt>English: full text</dt>");
    }

    @Test
    void extraParametersChangeNothingElse() throws Exception {
        Clause before = clause(3);
        this.mvc.perform(text(3, "en", "Open patent licensing", "Explore.", false, enVersion(3)).param("lang", "zh")
            .param("clause", "5")
            .param("id", "999")
            .param("number", "9")
            .with(this.accounts.admin())).andExpect(redirectedUrl("/clauses/3"));
        Clause after = clause(3);
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getNumber()).isEqualTo(3);
        assertThat(after.text("zh")).isEmpty();
        assertThat(after.text("en").orElseThrow().getFullText()).isEqualTo("Explore.");
        assertThat(clause(5).text("en").orElseThrow().getFullText()).startsWith("Advance research");
    }

    // Links on the public page

    @Test
    void adminsSeeLinksToAddOrEditEachLanguageVisitorsDoNot() throws Exception {
        assertThat(html(get("/clauses/3"), this.accounts.admin())).contains("href=\"/clauses/3/texts/zh\"",
                "Add the 中文 text", "href=\"/clauses/3/texts/en\"", "Edit the English text",
                "href=\"/clauses/3/texts/history\"");
        assertThat(html(get("/clauses/3"), this.accounts.editor("baidu"))).doesNotContain("/clauses/3/texts/");
        assertThat(this.mvc.perform(get("/clauses/3")).andReturn().getResponse().getContentAsString())
            .doesNotContain("/clauses/3/texts/");
    }

}

package org.aiip.tracker.clause;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class ClauseTextVersionsTests {

    static final String OLD_EN = "Explore open patent-licensing policies, and promote innovation in and application of AI patented technology.";

    @Autowired
    MockMvc mvc;

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

    String html(String url) throws Exception {
        return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockHttpServletRequestBuilder save(String lang, String title, String text, boolean source, String effective,
            String sourceName) {
        Long version = this.clauses.byNumber(3).orElseThrow().text(lang).map(ClauseText::getVersion).orElse(null);
        MockHttpServletRequestBuilder request = post("/clauses/3/texts/" + lang).with(csrf())
            .param("shortTitle", title)
            .param("fullText", text)
            .param("_sourceText", "on")
            .param("version", version == null ? "" : String.valueOf(version))
            .param("effectiveFrom", effective)
            .param("source", sourceName)
            .param("sourceUrl", "");
        return source ? request.param("sourceText", "true") : request;
    }

    @Test
    void theTextsOnRecordAreVersionOneWithTheirSource() throws Exception {
        String versions = html("/clauses/3/versions");
        assertThat(versions).contains("id=\"version-en-1\"", "id=\"version-ko-1\"", OLD_EN,
                "https://zdnet.co.kr/view/?no=20200421094855", "2020-04-20",
                "A working English translation of the source article");
        assertThat(html("/clauses/3")).contains("This page shows version 1 of the English text, in force since 2020-04-20.");
        assertThat(html("/clauses/3?lang=ko")).contains("id=\"version-shown\"");
    }

    @Test
    void aNewVersionKeepsTheOldOneReadableAndThePageSaysWhichItShows() throws Exception {
        this.mvc.perform(save("en", "Open patent licensing", "Explore open licensing of patents (revised).", false,
                "2021-01-01", "A revised working translation").with(this.accounts.admin()))
            .andExpect(status().is3xxRedirection());
        assertThat(html("/clauses/3")).contains("Explore open licensing of patents (revised).",
                "This page shows version 2 of the English text, in force since 2021-01-01.");
        String old = html("/clauses/3?version=1");
        assertThat(old).contains(OLD_EN, "This page shows version 1 of 2 of the English text",
                "It is not the version in force today (version 2).");
        assertThat(html("/clauses/3/versions")).contains("id=\"version-en-2\"", "id=\"version-en-1\"", OLD_EN,
                "A revised working translation");
        this.mvc.perform(get("/clauses/3?version=9")).andExpect(status().isNotFound());
    }

    @Test
    void theChineseOriginalOnceEnteredIsItsFirstVersion() throws Exception {
        this.mvc.perform(save("zh", "探索专利开放许可", "探索专利开放许可政策，促进人工智能专利技术创新与应用。", true, "2020-04-20",
                "An admin's copy of the official text").with(this.accounts.admin()))
            .andExpect(status().is3xxRedirection());
        assertThat(html("/clauses/3?lang=zh")).contains("id=\"version-shown\"", "2020年4月20日");
        assertThat(html("/clauses/3/versions")).contains("id=\"version-zh-1\"", "探索专利开放许可政策");
    }

    @Test
    void aVersionCannotTakeEffectBeforeTheOneItReplacesNorInTheFuture() throws Exception {
        String page = this.mvc.perform(save("en", "Open patent licensing", "Backdated text", false, "2019-01-01", "x")
            .with(this.accounts.admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("A new version cannot take effect before the version it replaces.",
                "value=\"2019-01-01\"", "Backdated text");
        page = this.mvc.perform(save("en", "Open patent licensing", "Future text", false, "2999-01-01", "x")
            .with(this.accounts.admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("A version cannot take effect in the future.");
        assertThat(html("/clauses/3/versions")).doesNotContain("id=\"version-en-2\"", "Backdated text");
    }

}

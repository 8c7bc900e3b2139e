package org.aiip.tracker.system;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cache of rendered public pages: served from memory while nothing changes, and never a page
 * older than the last committed change, whichever instance made it. Not transactional, like a real
 * request, with a context (and database) of its own because it commits.
 */
@SpringBootTest(properties = "tracker.page-cache.max-size=8MB")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageCacheTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DataRevision revision;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService memberService;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        this.accounts = new TestAccounts(this.accountService, this.memberService);
    }

    @Test
    void aPageIsServedFromMemoryUntilAnyInstanceCommitsAChange() throws Exception {
        PatentFiling filing = this.transaction.execute(status -> new Fixtures(this.em)
            .publishedFiling("baidu", "Knowledge graph reasoning", LocalDate.of(2019, 3, 1)));
        String url = "/filings/" + filing.getId();
        assertThat(anonymous(get(url))).contains("Knowledge graph reasoning");

        // Written behind the application's back: the cached page is still served...
        this.jdbc.update("update patent_filing set title = 'Graph reasoning at scale' where id = ?", filing.getId());
        assertThat(anonymous(get(url))).contains("Knowledge graph reasoning");

        // ...until the revision moves on, as it does after every committed change on any instance.
        this.revision.changed();
        assertThat(anonymous(get(url))).contains("Graph reasoning at scale").doesNotContain("Knowledge graph");
    }

    @Test
    void aFilingWithdrawnThroughTheFormShowsAsWithdrawnAtOnce() throws Exception {
        PatentFiling filing = this.transaction.execute(status -> new Fixtures(this.em)
            .publishedFiling("baidu", "Speech synthesis with prosody transfer", LocalDate.of(2018, 6, 1)));
        String list = "/filings?member=baidu&status=WITHDRAWN";
        assertThat(anonymous(get(list))).doesNotContain("Speech synthesis with prosody transfer");
        assertThat(anonymous(get("/filings/" + filing.getId()))).doesNotContain("Filed twice by mistake");

        TrackerUser admin = this.accounts.newAdmin();
        this.mvc
            .perform(post("/filings/{id}/withdraw", filing.getId()).with(csrf())
                .with(TestAccounts.as(admin))
                .param("reason", "Filed twice by mistake")
                .param("version", String.valueOf(filing.getVersion())))
            .andExpect(status().is3xxRedirection());

        assertThat(anonymous(get(list))).contains("Speech synthesis with prosody transfer");
        assertThat(anonymous(get("/filings/" + filing.getId()))).contains("Filed twice by mistake");
    }

    @Test
    void signedInPeopleAndOtherLanguagesNeverGetTheAnonymousEnglishPage() throws Exception {
        this.transaction.executeWithoutResult(status -> new Fixtures(this.em)
            .unpublishedFiling("baidu", "Unannounced autonomous parking planner", LocalDate.of(2020, 1, 9)));
        assertThat(anonymous(get("/filings?member=baidu"))).doesNotContain("Unannounced autonomous parking");

        String asAdmin = this.mvc.perform(get("/filings?member=baidu").with(this.accounts.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(asAdmin).contains("Unannounced autonomous parking");
        assertThat(anonymous(get("/filings?member=baidu"))).doesNotContain("Unannounced autonomous parking");

        String english = anonymous(get("/clauses/3"));
        String korean = anonymous(get("/clauses/3").header("Accept-Language", "ko"));
        assertThat(korean).isNotEqualTo(english).contains("lang=\"ko\"");
    }

    private String anonymous(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    }

}

package org.aiip.tracker;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the menu and the filing list offer depends on who is looking (the templates ask {@code @viewer}):
 * the public gets "Sign in" and no admin or editor links; an editor their account, "Sign out" and "New
 * filing"; an admin also the accounts, company names, audit log and backup.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class MenuByRoleTests {

    private static final String[] ADMIN_LINKS = { "href=\"/admin/users\"", "href=\"/admin/names\"",
            "href=\"/admin/audit\"", "href=\"/admin/backup\"" };

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        this.testAccounts = new TestAccounts(this.accounts, this.members);
    }

    @Test
    void thePublicIsOfferedSignInAndNothingElse() throws Exception {
        String page = filings(null);
        assertThat(page).contains("href=\"/login\"").doesNotContain(ADMIN_LINKS)
            .doesNotContain("action=\"/logout\"", "href=\"/account\"", "href=\"/filings/new\"");
    }

    @Test
    void anEditorGetsTheirAccountSignOutAndNewFilingButNoAdminLinks() throws Exception {
        String page = filings(this.testAccounts.editor("baidu"));
        assertThat(page).contains("action=\"/logout\"", "href=\"/account\"", "href=\"/filings/new\"")
            .doesNotContain(ADMIN_LINKS)
            .doesNotContain("href=\"/login\"");
    }

    @Test
    void anAdminGetsTheAdminLinksToo() throws Exception {
        String page = filings(this.testAccounts.admin());
        assertThat(page).contains(ADMIN_LINKS)
            .contains("action=\"/logout\"", "href=\"/account\"", "href=\"/filings/new\"")
            .doesNotContain("href=\"/login\"");
    }

    private String filings(RequestPostProcessor who) throws Exception {
        var request = get("/filings");
        if (who != null) {
            request.with(who);
        }
        return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

}

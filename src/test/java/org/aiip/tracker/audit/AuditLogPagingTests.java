package org.aiip.tracker.audit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit log's page number: any number is a page (an empty one far beyond the end), never an error. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditLogPagingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Test
    void aPageFarBeyondTheEndIsAnEmptyPageWithALinkBack() throws Exception {
        TestAccounts testAccounts = new TestAccounts(this.accounts, this.members);
        for (String page : new String[] { "99999999", "2147483647", "-5" }) {
            this.mvc.perform(get("/admin/audit").param("page", page).with(testAccounts.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Audit log</h1>")));
        }
        this.mvc.perform(get("/admin/audit").param("page", "99999999").with(testAccounts.admin()))
            .andExpect(content().string(containsString("Newer entries")));
    }

}

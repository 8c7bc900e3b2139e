package org.aiip.tracker.overview;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** Signed-in people see on the dashboard what they may see; the public never sees unpublished filings. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class SignedInDashboardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Test
    void anEditorSeesTheirOwnUnpublishedFilingInLatestChangesAndOthersDoNot() throws Exception {
        new Fixtures(this.em).unpublishedFiling("jd", "JD fresh confidential filing", LocalDate.of(2020, 6, 1));
        TestAccounts testAccounts = new TestAccounts(this.accounts, this.members);
        this.mvc.perform(get("/").with(testAccounts.editor("jd")))
            .andExpect(content().string(containsString("JD fresh confidential filing")))
            .andExpect(content().string(containsString("These figures include your company&#39;s unpublished applications")));
        this.mvc.perform(get("/").with(testAccounts.editor("baidu")))
            .andExpect(content().string(not(containsString("JD fresh confidential filing"))));
        this.mvc.perform(get("/")).andExpect(content().string(not(containsString("JD fresh confidential filing"))));
        this.mvc.perform(get("/members/jd"))
            .andExpect(content().string(not(containsString("JD fresh confidential filing"))));
    }

}

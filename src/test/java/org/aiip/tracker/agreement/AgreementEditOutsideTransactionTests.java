package org.aiip.tracker.agreement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agreement edit form as the running application serves it: without a transaction around the
 * request (AgreementFormTests runs inside one, where lazy collections still load, which hid a 500:
 * LazyInitializationException on the parties). Uses the Baidu–Haier agreement of migration V2 and
 * changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AgreementEditOutsideTransactionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;

    long baiduHaier;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.members);
        this.baiduHaier = this.jdbc.queryForObject(
                "select id from cooperation_agreement where title like 'Baidu%Haier%'", Long.class);
    }

    @Test
    void anAdminOpensTheEditFormOfAnAgreement() throws Exception {
        this.mvc.perform(get("/agreements/{id}/edit", this.baiduHaier).with(this.accounts.admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"Baidu&ndash;Haier AI and IoT patent")));
    }

    @Test
    void aStaleSaveShowsTheConflictWithTheStoredValues() throws Exception {
        long stored = this.jdbc.queryForObject("select version from cooperation_agreement where id = ?", Long.class,
                this.baiduHaier);
        this.mvc.perform(post("/agreements/{id}/edit", this.baiduHaier).with(csrf()).with(this.accounts.admin())
                .param("title", "A title nobody saves")
                .param("signedOn", "2019-06-01")
                .param("signedPrecision", "MONTH")
                .param("kind", "OTHER")
                .param("partyIds", id("baidu"), id("haier"))
                .param("version", String.valueOf(stored + 7)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"conflict\"")));
    }

    private String id(String slug) {
        return String.valueOf(this.members.bySlug(slug).orElseThrow().getId());
    }

}

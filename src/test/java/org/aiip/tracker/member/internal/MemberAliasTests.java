package org.aiip.tracker.member.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.CompanyName;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A member's names in registers: admins add and approve, editors propose for their own company only. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class MemberAliasTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

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
    void anAdminsNameIsApprovedAtOnceAndShownOnTheMembersPage() throws Exception {
        this.mvc.perform(post("/members/baidu/aliases").with(csrf()).with(this.accounts.admin())
            .param("name", "Baidu USA LLC").param("kind", "SUBSIDIARY")
            .param("source", "https://patents.google.com/patent/US10657955B2/en"))
            .andExpect(redirectedUrl("/members/baidu/aliases"));
        assertThat(aliasStatus("Baidu USA LLC")).isEqualTo("APPROVED");
        String page = HtmlUtils.htmlUnescape(this.mvc.perform(get("/members/baidu")).andReturn().getResponse()
            .getContentAsString());
        assertThat(page).contains("Baidu USA LLC").contains("https://patents.google.com/patent/US10657955B2/en");
    }

    @Test
    void anEditorProposesANameForTheirOwnCompanyAndAnAdminApprovesIt() throws Exception {
        this.mvc.perform(post("/members/jd/aliases").with(csrf()).with(this.accounts.editor("jd"))
            .param("name", "北京京东尚科信息技术有限公司").param("kind", "LEGAL_ENTITY"))
            .andExpect(redirectedUrl("/members/jd/aliases"));
        assertThat(aliasStatus("北京京东尚科信息技术有限公司")).isEqualTo("PROPOSED");
        long id = this.jdbc.queryForObject("select id from member_alias where match_key = ?", Long.class,
                CompanyName.key("北京京东尚科信息技术有限公司"));
        this.mvc.perform(post("/members/jd/aliases/" + id + "/approve").with(csrf()).with(this.accounts.editor("jd"))
            .param("version", "0"))
            .andExpect(status().isNotFound());
        this.mvc.perform(post("/members/jd/aliases/" + id + "/approve").with(csrf()).with(this.accounts.admin())
            .param("version", "0"))
            .andExpect(redirectedUrl("/members/jd/aliases"));
        assertThat(aliasStatus("北京京东尚科信息技术有限公司")).isEqualTo("APPROVED");
        assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'member-alias'"
                + " and entity_id = ?", Long.class, id)).isEqualTo(2);
    }

    @Test
    void anEditorCannotSeeOrProposeNamesOfAnotherCompany() throws Exception {
        this.mvc.perform(get("/members/haier/aliases").with(this.accounts.editor("jd"))).andExpect(status().isNotFound());
        this.mvc.perform(post("/members/haier/aliases").with(csrf()).with(this.accounts.editor("jd"))
            .param("name", "Haier Smart Home Co Ltd").param("kind", "LEGAL_ENTITY"))
            .andExpect(status().isNotFound());
        assertThat(this.jdbc.queryForObject("select count(*) from member_alias", Long.class)).isZero();
    }

    @Test
    void aNameOfAnotherMemberIsRefusedBesideTheFieldAndTheInputIsKept() throws Exception {
        this.mvc.perform(post("/members/baidu/aliases").with(csrf()).with(this.accounts.admin())
            .param("name", "Haier Smart Home Co., Ltd.").param("kind", "LEGAL_ENTITY"));
        this.mvc.perform(post("/members/haier/aliases").with(csrf()).with(this.accounts.admin())
            .param("name", "HAIER SMART HOME CO LTD [CN]").param("kind", "LEGAL_ENTITY").param("source", "not a page"))
            .andExpect(status().isOk());
        String page = HtmlUtils.htmlUnescape(this.mvc.perform(post("/members/haier/aliases").with(csrf())
            .with(this.accounts.admin()).param("name", "HAIER SMART HOME CO LTD [CN]").param("kind", "LEGAL_ENTITY"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
        assertThat(page).contains("This name is another member's alias for the same time.")
            .contains("value=\"HAIER SMART HOME CO LTD [CN]\"");
        String badSource = HtmlUtils.htmlUnescape(this.mvc.perform(post("/members/haier/aliases").with(csrf())
            .with(this.accounts.admin()).param("name", "Qingdao Haier Co Ltd").param("kind", "LEGAL_ENTITY")
            .param("source", "not a page"))
            .andReturn()
            .getResponse()
            .getContentAsString());
        assertThat(badSource).contains("Give the address of a page, starting with https:// or http://.");
    }

    private String aliasStatus(String name) {
        return this.jdbc.queryForObject("select status from member_alias where match_key = ?", String.class,
                CompanyName.key(name));
    }

}

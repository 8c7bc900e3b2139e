package org.aiip.tracker.account;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What happens to accounts is in the audit log, where admins look, and not only in the server's log. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void creatingDisablingAndResettingAnAccountEachLeaveAnEntryWithWhoDidIt() throws Exception {
        TestAccounts testAccounts = new TestAccounts(this.accounts, this.members);
        TrackerUser admin = testAccounts.newAdmin();
        TrackerUser editor = testAccounts.newEditor("jd");

        this.mvc.perform(post("/admin/users/{id}/disable", editor.id()).with(csrf()).with(TestAccounts.as(admin)))
            .andExpect(status().is3xxRedirection());
        this.mvc.perform(post("/admin/users/{id}/reset", editor.id()).param("password", "a new long passphrase 42")
            .with(csrf())
            .with(TestAccounts.as(admin))).andExpect(status().is3xxRedirection());

        List<Map<String, Object>> entries = this.jdbc.queryForList("""
                select e.username, e.action, c.field, c.old_value, c.new_value from audit_entry e
                join audit_change c on c.entry_id = e.id
                where e.entity_type = 'account' and e.entity_id = ? order by e.id, c.position""", editor.id());
        assertThat(entries).extracting(e -> e.get("action") + " " + e.get("field") + " " + e.get("old_value") + " "
                + e.get("new_value"))
            .containsExactly("CREATE role null EDITOR", "UPDATE enabled true false", "RESET password null reset");
        assertThat(entries.get(1).get("username")).isEqualTo(admin.username());

        String log = this.mvc.perform(get("/admin/audit").param("type", "account").with(TestAccounts.as(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(log).contains(editor.username(), "Can sign in", "<del>Yes</del>", "<ins>No</ins>",
                "reset by an admin");
    }

}

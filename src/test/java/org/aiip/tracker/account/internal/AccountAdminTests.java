package org.aiip.tracker.account.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.Role;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.account.UserAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins manage accounts; everyone manages their own password; the first admin; the password rules. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class AccountAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Autowired
    PasswordPolicy policy;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        this.testAccounts = new TestAccounts(this.accounts, this.members);
    }

    @Test
    void onlyAdminsManageAccounts() throws Exception {
        this.mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get("/admin/users").with(this.testAccounts.editor("baidu"))).andExpect(status().isForbidden());
        this.mvc.perform(get("/admin/users/new").with(this.testAccounts.editor("baidu")))
            .andExpect(status().isForbidden());
        this.mvc.perform(post("/admin/users/new").with(csrf()).with(this.testAccounts.editor("baidu"))
                .param("username", "sneaky").param("role", "ADMIN").param("password", TestAccounts.PASSWORD))
            .andExpect(status().isForbidden());
        this.mvc.perform(get("/admin/users").with(this.testAccounts.admin())).andExpect(status().isOk());
        this.mvc.perform(get("/admin/audit").with(this.testAccounts.editor("jd"))).andExpect(status().isForbidden());
        assertThat(this.repository.findByUsername("sneaky")).isEmpty();
    }

    @Test
    void adminCreatesAnEditorForBaidu() throws Exception {
        Long baidu = this.members.bySlug("baidu").orElseThrow().getId();
        this.mvc.perform(post("/admin/users/new").with(csrf()).with(this.testAccounts.admin())
                .param("username", "li.wei")
                .param("role", "EDITOR")
                .param("memberId", String.valueOf(baidu))
                .param("password", "autumn lanterns over the river"))
            .andExpect(redirectedUrl("/admin/users"));
        UserAccount created = this.repository.findByUsername("li.wei").orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.EDITOR);
        assertThat(created.getMember().getSlug()).isEqualTo("baidu");
        assertThat(created.getPasswordHash()).startsWith("{argon2}").doesNotContain("autumn");
    }

    @Test
    void newAccountFormExplainsEachRefusalBesideItsField() throws Exception {
        this.mvc.perform(post("/admin/users/new").with(csrf()).with(this.testAccounts.admin())
                .param("username", "new.editor").param("role", "EDITOR").param("memberId", "")
                .param("password", TestAccounts.PASSWORD))
            .andExpect(content().string(containsString("An editor must belong to a member company.")))
            .andExpect(content().string(containsString("value=\"new.editor\"")));
        this.mvc.perform(post("/admin/users/new").with(csrf()).with(this.testAccounts.admin())
                .param("username", "new.admin").param("role", "ADMIN").param("password", "short"))
            .andExpect(content().string(containsString("The password must have at least 12 characters.")))
            .andExpect(content().string(not(containsString("value=\"short\""))));
        this.mvc.perform(post("/admin/users/new").with(csrf()).with(this.testAccounts.admin())
                .param("username", "new.admin").param("role", "ADMIN").param("password", "password1234"))
            .andExpect(content().string(containsString("This password is too common or too easy to guess.")));
        this.mvc.perform(post("/admin/users/new").with(csrf()).with(this.testAccounts.admin())
                .param("username", "ADMIN").param("role", "ADMIN").param("password", TestAccounts.PASSWORD))
            .andExpect(content().string(containsString("This username is already taken.")));
    }

    @Test
    void newNamesMustAlreadyBeInTheirNormalForm() throws Exception {
        for (String name : new String[] { "Li.Wei", "lı.wei", "ſun.li", "\uFF4C\uFF49.wei", "li wei" }) {
            this.mvc.perform(post("/admin/users/new").with(csrf()).with(this.testAccounts.admin())
                    .param("username", name).param("role", "ADMIN").param("password", TestAccounts.PASSWORD))
                .andExpect(content().string(containsString("Use 3 to 60 lower-case letters")));
        }
        assertThat(this.accounts.all()).extracting(UserAccount::getUsername).doesNotContain("li.wei", "sun.li");
    }

    @Test
    void passwordRulesAllowLongPassphrasesInAnyScriptAndRefuseCommonOnes() {
        assertThat(this.policy.check("x".repeat(11), "a")).contains("password.tooShort");
        assertThat(this.policy.check("correct horse battery staple ".repeat(5), "a")).contains("password.tooLong");
        assertThat(this.policy.check("qwertyuiop123", "a")).contains("password.tooCommon");
        assertThat(this.policy.check("baidu-editor-2020", "baidu-editor")).contains("password.tooCommon");
        assertThat(this.policy.check("우리는 인공지능 특허를 함께 지킨다 2020", "a")).isEmpty();
        String sixtyFour = "the quiet lighthouse keeper counts sixty four letters tonight ok";
        assertThat(sixtyFour).hasSize(64);
        assertThat(this.policy.check(sixtyFour, "a")).isEmpty();
    }

    @Test
    void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("haier");
        this.mvc.perform(post("/account/password").with(csrf()).with(TestAccounts.as(editor))
                .param("currentPassword", "wrong one").param("newPassword", "sunlit harbour cranes 77")
                .param("confirmPassword", "sunlit harbour cranes 77"))
            .andExpect(content().string(containsString("The current password is not right.")));
        this.mvc.perform(post("/account/password").with(csrf()).with(TestAccounts.as(editor))
                .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "sunlit harbour cranes 77")
                .param("confirmPassword", "sunlit harbour cranes 78"))
            .andExpect(content().string(containsString("The two new passwords are not the same.")));
        this.mvc.perform(post("/account/password").with(csrf()).with(TestAccounts.as(editor))
                .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "sunlit harbour cranes 77")
                .param("confirmPassword", "sunlit harbour cranes 77"))
            .andExpect(redirectedUrl("/account"));
        // (What the change does to this and other sessions: SignInTests, with real sessions.)
        UserAccount stored = this.repository.findById(editor.id()).orElseThrow();
        assertThat(this.encoder.matches("sunlit harbour cranes 77", stored.getPasswordHash())).isTrue();
        assertThat(this.encoder.matches(TestAccounts.PASSWORD, stored.getPasswordHash())).isFalse();
    }

    @Test
    void adminCannotDisableThemself() throws Exception {
        TrackerUser admin = this.testAccounts.newAdmin();
        this.mvc.perform(post("/admin/users/{id}/disable", admin.id()).with(csrf()).with(TestAccounts.as(admin)))
            .andExpect(redirectedUrl("/admin/users"));
        assertThat(this.repository.findById(admin.id()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void prodProfileRefusesToStartWithoutTheAdminPassword() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        FirstAdmin firstAdmin = new FirstAdmin(this.repository, this.accounts, prod);
        assertThatThrownBy(() -> firstAdmin.run(new DefaultApplicationArguments()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("TRACKER_ADMIN_PASSWORD");
    }

    @Test
    void withoutThePasswordVariableTheFirstAdminGetsARandomPassword() {
        this.repository.findAll().stream().filter(a -> a.getRole() == Role.ADMIN).forEach(this.repository::delete);
        new FirstAdmin(this.repository, this.accounts, new MockEnvironment()).run(new DefaultApplicationArguments());
        UserAccount admin = this.repository.findByUsername("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{argon2}");
    }

}

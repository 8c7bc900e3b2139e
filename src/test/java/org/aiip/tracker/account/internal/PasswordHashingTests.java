package org.aiip.tracker.account.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The Argon2id cost: at least OWASP's minimum in production, and old hashes made again at sign-in. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PasswordHashingTests {

    private static final Pattern PARAMETERS = Pattern.compile("\\{argon2\\}\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$.*");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        this.testAccounts = new TestAccounts(this.accounts, this.members);
    }

    @Test
    void theProductionCostIsAtLeastOwaspsMinimumForArgon2id() {
        String hash = SecurityConfig.argon2(SecurityConfig.ARGON2_MEMORY_KIB, SecurityConfig.ARGON2_ITERATIONS)
            .encode("violet tugboat orchestra 1987");
        Matcher parameters = PARAMETERS.matcher(hash);
        assertThat(parameters.matches()).as(hash).isTrue();
        int memoryKib = Integer.parseInt(parameters.group(1));
        int passes = Integer.parseInt(parameters.group(2));
        // OWASP Password Storage Cheat Sheet: m=19 MiB with t=2, or m=12 MiB with t=3, ... (equivalent settings).
        assertThat(memoryKib >= 19 * 1024 && passes >= 2 || memoryKib >= 12 * 1024 && passes >= 3
                || memoryKib >= 46 * 1024 && passes >= 1).as("memory %d KiB, %d passes", memoryKib, passes).isTrue();
    }

    @Test
    void aHashMadeAtALowerCostIsMadeAgainAtTheNextSignInWithoutEndingSessions() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("baidu");
        String weak = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 256, 1).encode(TestAccounts.PASSWORD);
        this.jdbc.update("update user_account set password_hash = ? where id = ?", weak, editor.id());

        this.mvc.perform(post("/login").with(csrf()).with(request -> {
            request.setRemoteAddr("10.16.0.1");
            return request;
        }).param("username", editor.username()).param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));

        String rehashed = this.jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                editor.id());
        assertThat(rehashed).isNotEqualTo(weak).contains("m=1024,t=1,p=1");
        assertThat(this.jdbc.queryForObject("select session_epoch from user_account where id = ?", Integer.class,
                editor.id())).isZero();
    }

}

package org.aiip.tracker.account;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * What a hostile tester tried at the sign-in form: other spellings of a name to get fresh attempts,
 * line breaks in the name to forge log lines, names too long for the throttle's key. Each test signs
 * in from an address of its own, so that the per-address count of one test never locks another.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SignInAbuseTests {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    TestAccounts testAccounts;

    RequestPostProcessor from;

    @BeforeEach
    void setUp() {
        this.testAccounts = new TestAccounts(this.accounts, this.members);
        String address = "10.14.0." + ADDRESS.incrementAndGet();
        this.from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void everySpellingOfANameCountsAgainstTheOneAccount() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("baidu");
        String name = editor.username(); // baidu-editorN
        // Dotless ı, upper case, full-width letters, a ligature-free compatibility form: all the same account.
        String[] variants = { name.replace('i', 'ı'), name.toUpperCase(java.util.Locale.ROOT),
                "\uFF42\uFF41" + name.substring(2), " " + name.replace("d", "\uFF44") + " ", name.replace('i', 'ı') };
        for (String variant : variants) {
            signIn(variant, "not the password");
        }
        MvcResult right = signIn(name, TestAccounts.PASSWORD);
        assertThat(right.getResponse().getRedirectedUrl()).as("locked after five failures under five spellings")
            .startsWith("/login?locked=");
    }

    @Test
    void aVariantSpellingWithTheRightPasswordSignsInAsTheSameAccount() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("jd");
        this.mvc.perform(post("/login").with(csrf()).with(this.from)
                .param("username", editor.username().replace('i', 'ı').toUpperCase(java.util.Locale.ROOT))
                .param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/"));
    }

    @Test
    void aLongNameIsRefusedAndCountedNotAnError() throws Exception {
        String longName = "a".repeat(116);
        for (int i = 0; i < 4; i++) {
            this.mvc.perform(post("/login").with(csrf()).with(this.from)
                    .param("username", longName)
                    .param("password", "whatever it is"))
                .andExpect(redirectedUrl("/login?error"));
        }
        MvcResult fifth = signIn(longName, "whatever it is");
        assertThat(fifth.getResponse().getRedirectedUrl()).as("counted like any other name").startsWith("/login?locked=");
        MvcResult huge = signIn("b".repeat(100_000), "p".repeat(100_000));
        assertThat(huge.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void lineBreaksInANameCannotForgeASecurityLogLine(CapturedOutput output) throws Exception {
        String forged = "nobody\r\n2026-01-01T00:00:00Z  INFO 1 --- [x] security : event=login-success user=admin";
        signIn(forged, "wrong password");
        String logged = output.getAll();
        assertThat(logged).contains("user=nobody\\r\\n2026-01-01T00:00:00Z  INFO");
        assertThat(logged.lines()).noneMatch(line -> line.startsWith("2026-01-01T00:00:00Z"));
    }

    private MvcResult signIn(String username, String password) throws Exception {
        return this.mvc
            .perform(post("/login").with(csrf()).with(this.from).param("username", username).param("password", password))
            .andReturn();
    }

}

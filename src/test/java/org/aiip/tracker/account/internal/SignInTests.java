package org.aiip.tracker.account.internal;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TestTotp;
import org.aiip.tracker.account.TrackerUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * Signing in through the real form against real accounts: lock-out, second factor, sessions that
 * end when an account is disabled, and the security headers. Not transactional: sign-in must see
 * committed accounts, so every test uses fresh names. Sessions are Spring Session's (in the
 * database), so a test carries the {@code SESSION} cookie from one request to the next, as a browser does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    SecondFactorService secondFactor;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        this.testAccounts = new TestAccounts(this.accounts, this.members);
    }

    @Test
    void loginPageHasLabelledUsernameAndPasswordFields() throws Exception {
        this.mvc.perform(get("/login"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<label class=\"form-label\" for=\"username\">Username</label>")))
            .andExpect(content().string(containsString("<label class=\"form-label\" for=\"password\">Password</label>")));
    }

    @Test
    void correctPasswordSignsInWithANewSessionIdAndWrongOneSaysSoWithoutNamingTheCause() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("baidu");
        Cookie before = sessionCookie(this.mvc.perform(get("/login")).andReturn(), null);
        MvcResult result = this.mvc
            .perform(post("/login").cookie(before).with(csrf())
                .param("username", editor.username())
                .param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/"))
            .andReturn();
        assertThat(sessionCookie(result, before).getValue()).isNotEqualTo(before.getValue());

        this.mvc.perform(post("/login").with(csrf()).param("username", editor.username()).param("password", "nope"))
            .andExpect(redirectedUrl("/login?error"));
        this.mvc.perform(post("/login").with(csrf()).param("username", "nobody-at-all").param("password", "nope"))
            .andExpect(redirectedUrl("/login?error"));
        this.mvc.perform(get("/login").param("error", ""))
            .andExpect(content().string(containsString("Wrong username or password.")));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenWithTheRightPassword() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("jd");
        for (int i = 0; i < 4; i++) {
            this.mvc.perform(post("/login").with(csrf()).param("username", editor.username()).param("password", "x" + i))
                .andExpect(redirectedUrl("/login?error"));
        }
        MvcResult fifth = this.mvc
            .perform(post("/login").with(csrf()).param("username", editor.username()).param("password", "x5"))
            .andReturn();
        assertThat(fifth.getResponse().getRedirectedUrl()).startsWith("/login?locked=");
        MvcResult right = this.mvc
            .perform(post("/login").with(csrf())
                .param("username", editor.username())
                .param("password", TestAccounts.PASSWORD))
            .andReturn();
        assertThat(right.getResponse().getRedirectedUrl()).startsWith("/login?locked=");
        this.mvc.perform(get("/login").param("locked", "18:30 UTC"))
            .andExpect(content().string(containsString("Too many failed sign-ins. Sign-in is locked until 18:30 UTC")));
    }

    @Test
    void theSignInPageShowsNoTextOfTheAddressButALockTime() throws Exception {
        for (String planted : new String[] { "Call +1 555 0100 to unlock", "18:30 UTC; call 555 0100", "99:99 UTC" }) {
            String page = this.mvc.perform(get("/login").param("locked", planted))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                // The form's random CSRF token may hold any digits ("...P555F35..." failed a CI run once).
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
            assertThat(page).contains("Sign-in is locked for a while").doesNotContain("555").doesNotContain("99:99");
        }
    }

    @Test
    void changingOnesPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("haier");
        Cookie here = signIn(editor.username(), TestAccounts.PASSWORD);
        Cookie elsewhere = signIn(editor.username(), TestAccounts.PASSWORD);
        this.mvc.perform(get("/account").cookie(elsewhere)).andExpect(status().isOk());

        MvcResult changed = this.mvc.perform(post("/account/password").with(csrf()).cookie(here)
                .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "sunlit harbour cranes 77")
                .param("confirmPassword", "sunlit harbour cranes 77"))
            .andExpect(redirectedUrl("/account"))
            .andReturn();
        here = sessionCookie(changed, here);

        String account = this.mvc.perform(get("/account").cookie(here))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(org.aiip.tracker.Pages.nav(account)).as("still signed in here").contains(editor.username());
        this.mvc.perform(get("/account").cookie(elsewhere)).andExpect(redirectedUrl("/login?expired"));
        this.mvc.perform(post("/login").with(csrf()).param("username", editor.username())
                .param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        this.mvc.perform(post("/login").with(csrf()).param("username", editor.username())
                .param("password", "sunlit harbour cranes 77")).andExpect(redirectedUrl("/"));
    }

    private Cookie signIn(String username, String password) throws Exception {
        MvcResult result = this.mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", password)).andExpect(redirectedUrl("/")).andReturn();
        return sessionCookie(result, null);
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        this.mvc.perform(post("/login").param("username", "admin").param("password", "whatever"))
            .andExpect(status().isForbidden());
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("haier");
        MvcResult signIn = this.mvc
            .perform(post("/login").with(csrf())
                .param("username", editor.username())
                .param("password", TestAccounts.PASSWORD))
            .andReturn();
        Cookie session = sessionCookie(signIn, null);
        this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

        this.mvc.perform(post("/admin/users/{id}/disable", editor.id()).with(csrf()).with(this.testAccounts.admin()))
            .andExpect(redirectedUrl("/admin/users"));

        this.mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        this.mvc.perform(post("/login").with(csrf())
                .param("username", editor.username())
                .param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void secondFactorIsAskedAfterThePasswordAndOpensNothingUntilEntered() throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser admin = this.testAccounts.newAdmin();
        String secret = TestTotp.enable(this.secondFactor, admin.id(), step).secret();

        MvcResult password = this.mvc
            .perform(post("/login").with(csrf())
                .param("username", admin.username())
                .param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/login/totp"))
            .andReturn();
        Cookie session = sessionCookie(password, null);
        this.mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isForbidden());
        this.mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", "000000"))
            .andExpect(content().string(containsString("That code is not right.")));
        // As if the short wait after a wrong code had passed (SecondFactorTests tries the wait itself).
        this.jdbc.update("delete from login_throttle where throttle_key = ?",
                LoginThrottleService.secondFactorKey(admin.id()));
        MvcResult code = this.mvc
            .perform(post("/login/totp").cookie(session).with(csrf()).param("code", TestTotp.code(secret, step)))
            .andExpect(redirectedUrl("/"))
            .andReturn();
        Cookie signedIn = sessionCookie(code, session);
        assertThat(signedIn.getValue()).as("a new session id after the second factor").isNotEqualTo(session.getValue());
        this.mvc.perform(get("/admin/users").cookie(signedIn)).andExpect(status().isOk());
        this.mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void totpSetUpPageShowsAQrCode() throws Exception {
        TrackerUser admin = this.testAccounts.newAdmin();
        this.secondFactor.start(admin.id());
        this.mvc.perform(get("/account/totp").with(TestAccounts.as(admin)))
            .andExpect(content().string(containsString("src=\"data:image/png;base64,")));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        this.mvc.perform(get("/"))
            .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
            .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
            .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    /** The session cookie the response set, or the one the browser already had. */
    static Cookie sessionCookie(MvcResult result, Cookie previous) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie != null || previous != null).as("a SESSION cookie").isTrue();
        return cookie != null ? cookie : previous;
    }

}

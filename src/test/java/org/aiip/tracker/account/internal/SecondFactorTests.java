package org.aiip.tracker.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TestTotp;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.account.UserAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second factor as the hostile tester probed it: a stolen session could switch it off, the
 * admins' requirement read a stale copy of the account, wrong codes were never punished and a code
 * worked twice. Through the real forms and real sessions, against committed accounts; each test
 * signs in from an address of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SecondFactorTests {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    SecondFactorService secondFactor;

    @Autowired
    MemberService members;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    AppSettingService settings;

    @Autowired
    TotpSecrets secrets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TotpKeyRotation rotation;

    TestAccounts testAccounts;

    String address;

    RequestPostProcessor from;

    @BeforeEach
    void setUp() {
        this.testAccounts = new TestAccounts(this.accounts, this.members);
        this.address = "10.15.0." + ADDRESS.incrementAndGet();
        this.from = request -> {
            request.setRemoteAddr(this.address);
            return request;
        };
    }

    @Test
    void settingUpANewFactorLeavesTheOldOneOnUntilTheNewOneIsConfirmed() throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser admin = this.testAccounts.newAdmin();
        TestTotp.Enabled old = TestTotp.enable(this.secondFactor, admin.id(), step);
        String storedBefore = this.repository.findById(admin.id()).orElseThrow().getTotpSecret();

        this.mvc.perform(post("/account/totp/start").with(csrf()).with(TestAccounts.as(admin)))
            .andExpect(redirectedUrl("/account/totp"));

        UserAccount after = this.repository.findById(admin.id()).orElseThrow();
        assertThat(after.isTotpEnabled()).isTrue();
        assertThat(after.getTotpSecret()).isEqualTo(storedBefore);
        this.mvc.perform(get("/account").with(TestAccounts.as(admin)))
            .andExpect(content().string(containsString("A second factor is on for your account.")));
        Cookie session = password(admin);
        code(session, TestTotp.code(old.secret(), step)).andExpect(redirectedUrl("/"));
    }

    @Test
    void turningTheFactorOffNeedsThePasswordAndACurrentCode() throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser editor = this.testAccounts.newEditor("baidu");
        TestTotp.Enabled factor = TestTotp.enable(this.secondFactor, editor.id(), step);

        this.mvc.perform(post("/account/totp/disable").with(csrf()).with(TestAccounts.as(editor)).with(this.from))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The current password is not right.")));
        this.mvc.perform(post("/account/totp/disable").with(csrf()).with(TestAccounts.as(editor)).with(this.from)
                .param("password", TestAccounts.PASSWORD)
                .param("code", "000000"))
            .andExpect(content().string(containsString("That code is not right.")));
        assertThat(this.secondFactor.isOn(editor.id())).isTrue();

        expireWaits(editor);
        this.mvc.perform(post("/account/totp/disable").with(csrf()).with(TestAccounts.as(editor)).with(this.from)
                .param("password", TestAccounts.PASSWORD)
                .param("code", TestTotp.code(factor.secret(), step)))
            .andExpect(redirectedUrl("/account"));
        assertThat(this.secondFactor.isOn(editor.id())).isFalse();
        assertThat(this.secondFactor.status(editor.id()).recoveryCodesLeft()).isZero();
    }

    @Test
    void replacingTheFactorNeedsThePasswordAndACodeOfTheOldOne() throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser admin = this.testAccounts.newAdmin();
        TestTotp.Enabled old = TestTotp.enable(this.secondFactor, admin.id(), step);
        this.mvc.perform(post("/account/totp/start").with(csrf()).with(TestAccounts.as(admin)));
        String newSecret = this.secondFactor.pendingSecret(admin.id()).orElseThrow();

        this.mvc.perform(post("/account/totp/confirm").with(csrf()).with(TestAccounts.as(admin)).with(this.from)
                .param("password", TestAccounts.PASSWORD)
                .param("code", TestTotp.code(newSecret, step)))
            .andExpect(content().string(containsString("That code is not right.")));
        assertThat(this.secrets.open(this.repository.findById(admin.id()).orElseThrow().getTotpSecret()))
            .as("the old factor is still the active one").isEqualTo(old.secret());

        expireWaits(admin);
        this.mvc.perform(post("/account/totp/confirm").with(csrf()).with(TestAccounts.as(admin)).with(this.from)
                .param("password", TestAccounts.PASSWORD)
                .param("currentCode", TestTotp.code(old.secret(), step))
                .param("code", TestTotp.code(newSecret, step)))
            .andExpect(redirectedUrl("/account/totp"));
        assertThat(this.secrets.open(this.repository.findById(admin.id()).orElseThrow().getTotpSecret()))
            .isEqualTo(newSecret);
    }

    @Test
    void theAdminsRequirementReadsTheAccountAsItIsNowOnEveryRoute() throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser admin = this.testAccounts.newAdmin();
        TestTotp.Enabled factor = TestTotp.enable(this.secondFactor, admin.id(), step);
        Cookie session = password(admin);
        Cookie signedIn = SignInTests.sessionCookie(code(session, TestTotp.code(factor.secret(), step)).andReturn(),
                session);
        this.settings.requireTotpForAdmins(true);
        try {
            this.mvc.perform(get("/admin/users").cookie(signedIn)).andExpect(status().isOk());
            this.mvc.perform(get("/actuator/info").cookie(signedIn)).andExpect(status().isOk());

            // The factor goes off (with the password and a code); the session that signed in with it stays.
            this.secondFactor.turnOff(admin.id(), TestAccounts.PASSWORD, TestTotp.code(factor.secret(), step + 1),
                    this.address);

            for (String path : List.of("/admin/users", "/", "/actuator/info", "/actuator/prometheus", "/admin/backup")) {
                this.mvc.perform(get(path).cookie(signedIn)).andExpect(redirectedUrl("/account/totp?required"));
            }
            this.mvc.perform(get("/account").cookie(signedIn))
                .andExpect(redirectedUrl("/account/totp?required"));
            this.mvc.perform(get("/account/totp").cookie(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No second factor is set up for your account.")));
        }
        finally {
            this.settings.requireTotpForAdmins(false);
        }
    }

    @Test
    void wrongCodesCountAcrossSignInsWithGrowingWaitsAndThenLockTheAccount() throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser admin = this.testAccounts.newAdmin();
        TestTotp.Enabled factor = TestTotp.enable(this.secondFactor, admin.id(), step);
        Duration previousWait = Duration.ZERO;
        for (int failure = 1; failure <= 4; failure++) {
            Cookie session = password(admin); // a right password each time: it must not reset the count
            code(session, "000000").andExpect(content().string(containsString("That code is not right.")));
            Duration wait = Duration.between(Instant.now(), waitUntil(admin));
            assertThat(wait).as("wait after failure %d", failure).isGreaterThan(previousWait);
            // During the wait even the right code is not taken (and not counted).
            code(session, TestTotp.code(factor.secret(), step))
                .andExpect(content().string(containsString("Too many wrong codes.")));
            previousWait = wait;
            expireWaits(admin);
        }
        Cookie session = password(admin);
        code(session, "000000");
        MvcResult locked = this.mvc
            .perform(post("/login").with(csrf()).with(this.from)
                .param("username", admin.username())
                .param("password", TestAccounts.PASSWORD))
            .andReturn();
        assertThat(locked.getResponse().getRedirectedUrl()).as("five wrong codes lock the account")
            .startsWith("/login?locked=");
    }

    @Test
    void aCodeIsAcceptedOnlyOnce(CapturedOutput output) throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser admin = this.testAccounts.newAdmin();
        TestTotp.Enabled factor = TestTotp.enable(this.secondFactor, admin.id(), step);
        String code = TestTotp.code(factor.secret(), step);
        code(password(admin), code).andExpect(redirectedUrl("/"));
        code(password(admin), code).andExpect(content().string(containsString("That code has been used already.")));
        expireWaits(admin);
        code(password(admin), TestTotp.code(factor.secret(), factor.confirmedStep()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("That code has been used already.")));
        assertThat(output.getAll()).contains("event=second-factor-failure user=" + admin.username() + " reason=totp-replayed");
    }

    @Test
    void theSameCodeSentTwiceAtOnceSignsInOnlyOnce() throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser admin = this.testAccounts.newAdmin();
        TestTotp.Enabled factor = TestTotp.enable(this.secondFactor, admin.id(), step);
        String code = TestTotp.code(factor.secret(), step);
        List<Cookie> sessions = List.of(password(admin), password(admin));
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (Cookie session : sessions) {
                answers.add(pool.submit(() -> {
                    together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    MvcResult result = code(session, code).andReturn();
                    return result.getResponse().getRedirectedUrl();
                }));
            }
            List<String> redirects = new java.util.ArrayList<>();
            for (var answer : answers) {
                redirects.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(redirects).as("one of two simultaneous uses of a code signs in").containsOnlyOnce("/");
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRecoveryCodeSignsInOnceAndNewCodesNeedThePassword() throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser editor = this.testAccounts.newEditor("jd");
        TestTotp.Enabled factor = TestTotp.enable(this.secondFactor, editor.id(), step);
        assertThat(factor.recoveryCodes()).hasSize(10).doesNotHaveDuplicates()
            .allMatch(c -> c.matches("[a-z2-7]{5}(-[a-z2-7]{5}){4}"));
        String first = factor.recoveryCodes().get(0);

        code(password(editor), first.toUpperCase(java.util.Locale.ROOT).replace("-", " ")).andExpect(redirectedUrl("/"));
        code(password(editor), first).andExpect(content().string(containsString("That code is not right.")));
        assertThat(this.secondFactor.status(editor.id()).recoveryCodesLeft()).isEqualTo(9);
        expireWaits(editor);

        this.mvc.perform(post("/account/totp/recovery-codes").with(csrf()).with(TestAccounts.as(editor)).with(this.from)
                .param("recoveryPassword", "not my password"))
            .andExpect(content().string(containsString("The current password is not right.")));
        MvcResult renewed = this.mvc
            .perform(post("/account/totp/recovery-codes").with(csrf()).with(TestAccounts.as(editor)).with(this.from)
                .param("recoveryPassword", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/account/totp"))
            .andReturn();
        @SuppressWarnings("unchecked")
        List<String> fresh = (List<String>) renewed.getFlashMap().get("recoveryCodes");
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(factor.recoveryCodes());
        code(password(editor), factor.recoveryCodes().get(1))
            .andExpect(content().string(containsString("That code is not right.")));
        expireWaits(editor);
        code(password(editor), fresh.get(0)).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdminResetsSomeoneElsesFactorAndTheAuditLogSaysWho() throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser editor = this.testAccounts.newEditor("haier");
        TestTotp.enable(this.secondFactor, editor.id(), step);
        TrackerUser admin = this.testAccounts.newAdmin();

        this.mvc.perform(post("/admin/users/{id}/totp/reset", editor.id()).with(csrf())
                .with(TestAccounts.as(this.testAccounts.newEditor("haier"))))
            .andExpect(status().isForbidden());
        assertThat(this.secondFactor.isOn(editor.id())).isTrue();

        this.mvc.perform(post("/admin/users/{id}/totp/reset", editor.id()).with(csrf()).with(TestAccounts.as(admin)))
            .andExpect(redirectedUrl("/admin/users"));
        assertThat(this.secondFactor.isOn(editor.id())).isFalse();
        assertThat(this.secondFactor.status(editor.id()).recoveryCodesLeft()).isZero();
        Map<String, Object> entry = this.jdbc.queryForMap(
                "select username, action, summary from audit_entry where entity_type = 'account' and entity_id = ? and action = 'RESET'",
                editor.id());
        assertThat(entry).containsEntry("username", admin.username())
            .containsEntry("action", "RESET")
            .containsEntry("summary", editor.username());
        this.mvc.perform(get("/admin/audit").param("type", "account").with(TestAccounts.as(admin)))
            .andExpect(content().string(containsString(editor.username())));

        this.mvc.perform(post("/admin/users/{id}/totp/reset", admin.id()).with(csrf()).with(TestAccounts.as(admin)))
            .andExpect(redirectedUrl("/admin/users"));
        assertThat(this.repository.findById(admin.id()).orElseThrow().getSessionEpoch()).isZero();
    }

    @Test
    void secretsAreStoredEncryptedAndPlainOnesFromBeforeAreEncryptedAtStartUp() throws Exception {
        long step = TestTotp.freshStep();
        TrackerUser admin = this.testAccounts.newAdmin();
        TestTotp.Enabled factor = TestTotp.enable(this.secondFactor, admin.id(), step);
        String stored = this.jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class,
                admin.id());
        assertThat(stored).startsWith("v1:").doesNotContain(factor.secret());

        // A secret stored in plain form by an earlier version: still works, and is encrypted at the next start.
        this.jdbc.update("update user_account set totp_secret = ? where id = ?", factor.secret(), admin.id());
        code(password(admin), TestTotp.code(factor.secret(), step)).andExpect(redirectedUrl("/"));
        this.rotation.run(null);
        String encrypted = this.jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class,
                admin.id());
        assertThat(encrypted).startsWith("v1:");
        assertThat(this.secrets.open(encrypted)).isEqualTo(factor.secret());
    }

    /** Signs in with the password; returns the half-signed-in session, waiting for the code. */
    private Cookie password(TrackerUser user) throws Exception {
        MvcResult result = this.mvc
            .perform(post("/login").with(csrf()).with(this.from)
                .param("username", user.username())
                .param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/login/totp"))
            .andReturn();
        return SignInTests.sessionCookie(result, null);
    }

    private org.springframework.test.web.servlet.ResultActions code(Cookie session, String code) throws Exception {
        return this.mvc.perform(post("/login/totp").cookie(session).with(csrf()).with(this.from).param("code", code));
    }

    private Instant waitUntil(TrackerUser user) {
        return this.jdbc.queryForObject("select locked_until from login_throttle where throttle_key = ?",
                java.sql.Timestamp.class, LoginThrottleService.secondFactorKey(user.id())).toInstant();
    }

    /** As if the wait after the last wrong code had passed (the count stays). */
    private void expireWaits(TrackerUser user) {
        this.jdbc.update("update login_throttle set locked_until = ? where throttle_key = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), LoginThrottleService.secondFactorKey(user.id()));
    }

}

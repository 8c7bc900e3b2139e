package org.aiip.tracker.reminders.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.compliance.ComplianceEditService;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.compliance.EvidenceForm;
import org.aiip.tracker.compliance.EvidenceKind;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Assessments with old evidence or a review due are listed for admins and for their company's editors,
 * and the weekly digest goes out through a real SMTP server (GreenMail) started for the test.
 */
@SpringBootTest(properties = { "tracker.reminders.digest.enabled=true",
        "tracker.reminders.digest.to=secretariat@example.org", "tracker.reminders.digest.from=tracker@example.org" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class ReviewReminderTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplianceEditService compliance;

    @Autowired
    ReviewDigest digest;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    TestAccounts accounts;

    @BeforeEach
    void assessments() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        this.accounts = new TestAccounts(this.accountService, this.members);
        TrackerUser admin = this.accounts.newAdmin();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Baidu's clause 3: evidence from 2020, never reviewed: due.
        this.compliance.save("baidu", 3, null, ComplianceStatus.PLANNED, "A plan");
        this.compliance.addEvidence("baidu", 3, evidence(LocalDate.of(2020, 5, 1), "An old report"));
        // Haier's clause 1: evidence from today, reviewed today: not due.
        var haier = this.compliance.save("haier", 1, null, ComplianceStatus.IMPLEMENTED, "Done");
        this.compliance.addEvidence("haier", 1, evidence(today, "A fresh report"));
        this.compliance.review(haier.getId());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void adminsSeeEveryAssessmentDueAndWhy() throws Exception {
        String page = html("/reviews", TestAccounts.as(this.accounts.newAdmin()));
        assertThat(page).contains("Assessments due for review: 1", "Baidu", "the newest evidence is old",
                "never reviewed", "2020-05-01", "/compliance/baidu/3").doesNotContain("/compliance/haier/1");
    }

    @Test
    void editorsSeeTheirOwnCompanysOnTheirPage() throws Exception {
        var baiduEditor = TestAccounts.as(this.accounts.newEditor("baidu"));
        assertThat(html("/reviews", baiduEditor)).contains("/compliance/baidu/3");
        assertThat(html("/account", baiduEditor)).contains("id=\"reviews-summary\"", "Assessments due for review: 1");
        var haierEditor = TestAccounts.as(this.accounts.newEditor("haier"));
        assertThat(html("/reviews", haierEditor)).contains("id=\"nothing-due\"").doesNotContain("/compliance/baidu/3");
        this.mvc.perform(get("/reviews")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theWeeklyDigestGoesOutThroughARealSmtpServer() throws Exception {
        assertThat(this.digest.send(LocalDate.now(ZoneOffset.UTC))).isEqualTo(1);
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Initiative Tracker: 1 assessments due for review");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("secretariat@example.org");
        assertThat(GreenMailUtil.getBody(message)).contains("Baidu, clause 3 (PLANNED): newest evidence 2020-05-01",
                "last reviewed never", "/compliance/baidu/3").doesNotContain("Haier");
    }

    String html(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        return this.mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
    }

    static EvidenceForm evidence(LocalDate date, String description) {
        EvidenceForm form = new EvidenceForm();
        form.setDate(date);
        form.setKind(EvidenceKind.PUBLICATION);
        form.setDescription(description);
        return form;
    }

}

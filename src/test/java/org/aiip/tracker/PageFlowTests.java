package org.aiip.tracker;

import java.util.List;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms as a person uses them, page by page, through the real sign-in: an admin creates an
 * editor for Baidu; the editor signs in, files with a mistyped check character, corrects it, sees
 * the filing and its history, is refused another company's confidential filing, changes their
 * password and withdraws the filing; an admin records an agreement and a Chinese clause text.
 * Not transactional (sign-in needs committed accounts): its own context and database.
 */
@SpringBootTest(properties = "tracker.test.isolated-database=page-flows")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class PageFlowTests {

    @Autowired
    WebClient web;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    @BeforeEach
    void noScriptsOrStyles() {
        this.web.getOptions().setJavaScriptEnabled(false);
        this.web.getOptions().setCssEnabled(false);
        this.web.getOptions().setThrowExceptionOnFailingStatusCode(false);
        this.web.getCookieManager().clearCookies();
    }

    @Autowired
    jakarta.persistence.EntityManager em;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    org.aiip.tracker.filing.PatentFiling jdSecret;

    @Test
    void adminCreatesAnEditorWhoFilesCorrectsAndWithdrawsForTheirCompany() throws Exception {
        this.jdSecret = this.transaction.execute(status -> new Fixtures(this.em).unpublishedFiling("jd",
                "JD drone battery", java.time.LocalDate.of(2020, 5, 1)));
        TrackerUser admin = new TestAccounts(this.accountService, this.members).newAdmin();
        signIn(admin.username(), TestAccounts.PASSWORD);
        HtmlPage users = this.web.getPage("http://localhost/admin/users");
        HtmlPage newUser = users.getAnchorByHref("/admin/users/new").click();
        HtmlForm userForm = form(newUser, "/admin/users/new");
        userForm.getInputByName("username").setValue("flow.editor");
        userForm.getInputByValue("EDITOR").setChecked(true);
        HtmlSelect company = userForm.getSelectByName("memberId");
        company.setSelectedAttribute(company.getOptionByText("Baidu"), true);
        userForm.getInputByName("password").setValue("lotus pond morning mist 42");
        HtmlPage created = submit(userForm);
        assertThat(created.asNormalizedText()).contains("The account has been created.").contains("flow.editor");
        signOut(created);

        signIn("flow.editor", "lotus pond morning mist 42");
        HtmlPage form = this.web.getPage("http://localhost/filings/new");
        HtmlSelect applicant = form(form, "/filings/new").getSelectByName("applicantId");
        assertThat(applicant.getOptions()).extracting(o -> o.getText()).containsExactly("Baidu");
        String digits = "201910765432";
        char check = ApplicationNumber.cnCheckCharacter(digits);
        char wrong = check == '1' ? '2' : '1';
        HtmlForm filing = form(form, "/filings/new");
        filing.getInputByName("applicationNumber").setValue(digits + "." + wrong);
        filing.getInputByName("title").setValue("Wake-word detection on low-power devices");
        filing.getInputByName("filingDate").setValue("2019-08-20");
        HtmlSelect area = filing.getSelectByName("technologyArea");
        area.setSelectedAttribute(area.getOptionByValue("SPEECH_RECOGNITION"), true);
        filing.getInputByName("ipcClasses").setValue("G10L 15/22");
        HtmlPage refused = submit(filing);
        assertThat(refused.getElementById("applicationNumber-error").asNormalizedText())
            .isEqualTo("The check character should be " + check + ", not " + wrong + ".");
        assertThat(refused.getElementById("error-summary").asNormalizedText()).contains("The check character");
        HtmlForm again = form(refused, "/filings/new");
        assertThat(again.getInputByName("title").getValue()).isEqualTo("Wake-word detection on low-power devices");
        again.getInputByName("applicationNumber").setValue(digits + "." + check);
        HtmlPage saved = submit(again);
        assertThat(saved.asNormalizedText()).contains("The filing has been saved.")
            .contains("Wake-word detection on low-power devices")
            .contains("Unpublished: this filing is confidential.");
        String filingPath = saved.getUrl().getPath();

        HtmlPage dashboard = this.web.getPage("http://localhost/");
        assertThat(dashboard.asNormalizedText()).contains("Wake-word detection on low-power devices");
        HtmlPage history = saved.getAnchorByHref(filingPath + "/history").click();
        assertThat(main(history)).as("the history names the editor (not only the navigation)")
            .contains("Created").contains("flow.editor");

        // Another company's confidential filing: not found by address, by its edit form or in the list.
        for (String path : List.of("/filings/" + this.jdSecret.getId(), "/filings/" + this.jdSecret.getId() + "/edit",
                "/filings/" + this.jdSecret.getId() + "/history")) {
            // (MockMvc renders no error page: the 404's body is empty, so only the status says anything.)
            org.htmlunit.Page refusedPage = this.web.getPage("http://localhost" + path);
            assertThat(refusedPage.getWebResponse().getStatusCode()).as(path).isEqualTo(404);
        }
        HtmlPage jdList = this.web.getPage("http://localhost/filings?member=jd");
        assertThat(jdList.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(main(jdList)).contains("Filings").doesNotContain("JD drone battery");

        HtmlPage account = this.web.getPage("http://localhost/account");
        HtmlForm password = form(account, "/account/password");
        password.getInputByName("currentPassword").setValue("lotus pond morning mist 42");
        password.getInputByName("newPassword").setValue("lotus pond evening rain 43");
        password.getInputByName("confirmPassword").setValue("lotus pond evening rain 43");
        assertThat(submit(password).asNormalizedText()).contains("Your password has been changed.");

        HtmlPage withdraw = saved.getAnchorByHref(filingPath + "/withdraw").click();
        HtmlForm reason = form(withdraw, filingPath + "/withdraw");
        reason.getTextAreaByName("reason").setText("Superseded by a later application");
        HtmlPage withdrawn = submit(reason);
        assertThat(withdrawn.asNormalizedText()).contains("The filing has been withdrawn.")
            .contains("Superseded by a later application");
    }

    @Test
    void anAdminRecordsAnAgreementAndAChineseClauseText() throws Exception {
        TrackerUser admin = new TestAccounts(this.accountService, this.members).newAdmin();
        signIn(admin.username(), TestAccounts.PASSWORD);
        HtmlPage list = this.web.getPage("http://localhost/agreements");
        HtmlPage newAgreement = list.getAnchorByHref("/agreements/new").click();
        HtmlForm agreement = form(newAgreement, "/agreements/new");
        agreement.getInputByName("title").setValue("JD.com–Haier logistics vision pool");
        agreement.getInputByName("signedOn").setValue("2020-09-01");
        List<HtmlCheckBoxInput> parties = agreement.getByXPath(".//input[@name='partyIds']");
        parties.get(0).setChecked(true);
        HtmlPage onlyOne = submit(agreement);
        assertThat(onlyOne.asNormalizedText()).contains("two");
        HtmlForm fixed = form(onlyOne, "/agreements/new");
        List<HtmlCheckBoxInput> again = fixed.getByXPath(".//input[@name='partyIds']");
        again.get(1).setChecked(true);
        HtmlPage saved = submit(fixed);
        assertThat(saved.asNormalizedText()).contains("JD.com–Haier logistics vision pool");

        HtmlPage clauseForm = this.web.getPage("http://localhost/clauses/3/texts/zh");
        HtmlForm text = form(clauseForm, "/clauses/3/texts/zh");
        text.getInputByName("shortTitle").setValue("开放专利许可");
        text.getTextAreaByName("fullText").setText("探索专利开放许可政策，促进人工智能专利技术创新与应用。");
        submit(text);
        HtmlPage zh = this.web.getPage("http://localhost/clauses/3?lang=zh");
        assertThat(zh.asNormalizedText()).contains("探索专利开放许可政策");
    }

    private HtmlPage signIn(String username, String password) throws Exception {
        HtmlPage login = this.web.getPage("http://localhost/login");
        HtmlForm form = form(login, "/login");
        form.getInputByName("username").setValue(username);
        form.getInputByName("password").setValue(password);
        return submit(form);
    }

    private static void signOut(HtmlPage page) throws Exception {
        submit(form(page, "/logout"));
    }

    private static String main(HtmlPage page) {
        return Pages.main(page.getWebResponse().getContentAsString());
    }

    private static HtmlForm form(HtmlPage page, String action) {
        HtmlForm form = page.getFirstByXPath("//form[@action='" + action + "']");
        assertThat(form).as("form posting to " + action + " on " + page.getUrl()).isNotNull();
        return form;
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        HtmlButton button = form.getFirstByXPath(".//button[@type='submit']");
        return button.click();
    }

}

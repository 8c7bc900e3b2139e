package org.aiip.tracker.compliance;

import java.io.IOException;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.MemberService;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlDetails;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlLabel;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor signs in through the real form and keeps an assessment with the browser's own
 * forms (HtmlUnit, no JavaScript). Sign-in needs the account committed, so this test is not
 * transactional; its own context (and so its own in-memory database) keeps the committed data
 * away from the other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "tracker.test.context=compliance-page-flow")
class CompliancePageFlowTests {

    @Autowired
    WebClient browser;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService memberService;

    @BeforeEach
    void plainBrowser() {
        this.browser.getOptions().setJavaScriptEnabled(false);
        this.browser.getOptions().setCssEnabled(false);
    }

    @Test
    void anEditorSignsInAndRecordsTheirCompanysAssessmentWithEvidence() throws IOException {
        TrackerUser editor = new TestAccounts(this.accountService, this.memberService).newEditor("haier");

        HtmlPage login = this.browser.getPage("http://localhost/login");
        field(login, "Username", HtmlInput.class).type(editor.username());
        field(login, "Password", HtmlInput.class).type(TestAccounts.PASSWORD);
        submit(login.getForms().get(0));

        HtmlPage profile = this.browser.getPage("http://localhost/members/haier");
        HtmlPage page = profile.getAnchorByText("Edit the assessment of clause 2").click();
        assertThat(page.getUrl().getPath()).isEqualTo("/compliance/haier/2");
        assertThat(page.asNormalizedText()).contains("Assessment: Haier – clause 2", "Not assessed yet");

        field(page, "Status", HtmlSelect.class).setSelectedAttribute("IN_PROGRESS", true);
        field(page, "Summary", HtmlTextArea.class).setText("Patent pool with Baidu under discussion.");
        page = submit(page.getHtmlElementById("assessment-form"));
        assertThat(page.asNormalizedText()).contains("The assessment was saved.");
        assertThat(field(page, "Summary", HtmlTextArea.class).getText())
            .isEqualTo("Patent pool with Baidu under discussion.");

        field(page, "Date", HtmlInput.class).setValue("2020-06-15");
        field(page, "Kind", HtmlSelect.class).setSelectedAttribute("AGREEMENT", true);
        field(page, "Description", HtmlTextArea.class).setText("Memorandum on AI + IoT patents");
        field(page, "Link", HtmlInput.class).setValue("ftp://example.org/memo");
        page = submit(page.getHtmlElementById("evidence-form"));
        assertThat(page.asNormalizedText()).contains("Give a web address starting with http:// or https://.");
        assertThat(field(page, "Description", HtmlTextArea.class).getText())
            .isEqualTo("Memorandum on AI + IoT patents");

        field(page, "Link", HtmlInput.class).setValue("https://example.org/memo");
        page = submit(page.getHtmlElementById("evidence-form"));
        assertThat(page.asNormalizedText()).contains("The evidence was added.", "2020-06-15", "Agreement",
                "Memorandum on AI + IoT patents");

        profile = this.browser.getPage("http://localhost/members/haier");
        HtmlElement clause2 = profile.getHtmlElementById("clause-2");
        // The evidence is folded under its clause, and shown once a person opens it.
        HtmlDetails evidence = clause2.getFirstByXPath(".//details[contains(@class,'evidence')]");
        assertThat(clause2.asNormalizedText()).doesNotContain("Memorandum on AI + IoT patents");
        evidence.setOpen(true);
        assertThat(clause2.asNormalizedText()).contains("In progress", "Patent pool with Baidu under discussion.",
                "Memorandum on AI + IoT patents");
        HtmlAnchor source = profile.getAnchorByHref("https://example.org/memo");
        assertThat(clause2.isAncestorOf(source)).isTrue();
    }

    /** The form field a label names, as a person finds it. */
    private static <T> T field(HtmlPage page, String label, Class<T> type) {
        HtmlLabel found = page.getByXPath("//label")
            .stream()
            .map(HtmlLabel.class::cast)
            .filter(l -> l.asNormalizedText().trim().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no field labelled " + label));
        return type.cast(found.getLabeledElement());
    }

    private static HtmlPage submit(HtmlForm form) throws IOException {
        HtmlElement button = form.getFirstByXPath(".//button[@type='submit']");
        return button.click();
    }

}

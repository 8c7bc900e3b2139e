package org.aiip.tracker.member.internal;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
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
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin signs in through the real form and edits a member through the real pages. Sign-in
 * needs the account committed, so this test is not transactional: it runs in a context (and an
 * in-memory database) of its own, which is closed afterwards, so its changes reach no other test.
 */
@SpringBootTest(properties = "tracker.test.isolated-database=member-page-flow")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class MemberEditPageFlowTests {

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
    }

    HtmlPage signIn(TrackerUser user) throws Exception {
        HtmlPage login = this.web.getPage("http://localhost/login");
        HtmlForm form = login.getFirstByXPath("//form[@action='/login']");
        form.getInputByName("username").setValue(user.username());
        form.getInputByName("password").setValue(TestAccounts.PASSWORD);
        return submit(form);
    }

    static HtmlPage submit(HtmlForm form) throws Exception {
        HtmlButton button = form.getFirstByXPath(".//button[@type='submit']");
        return button.click();
    }

    @Test
    void anAdminFixesAWrongWebsiteAndSavesTheMemberForm() throws Exception {
        TrackerUser admin = new TestAccounts(this.accountService, this.members).newAdmin();
        HtmlPage home = signIn(admin);
        assertThat(home.asNormalizedText()).contains(admin.username());

        HtmlPage profile = this.web.getPage("http://localhost/members/haier");
        HtmlPage edit = profile.getAnchorByHref("/members/haier/edit").click();
        assertThat(edit.getTitleText()).startsWith("Edit Haier");
        HtmlForm form = edit.getFirstByXPath("//form[@action='/members/haier/edit']");
        form.getInputByName("sector").setValue("Smart home / IoT");
        form.getInputByName("website").setValue("www.haier.com");

        HtmlPage refused = submit(form);
        assertThat(refused.getUrl().getPath()).isEqualTo("/members/haier/edit");
        assertThat(refused.getElementById("website-error").asNormalizedText())
            .isEqualTo("Enter a web address that starts with http:// or https://.");
        HtmlForm again = refused.getFirstByXPath("//form[@action='/members/haier/edit']");
        assertThat(again.getInputByName("sector").getValue()).isEqualTo("Smart home / IoT");
        again.getInputByName("website").setValue("https://www.haier.com/global/");

        HtmlPage saved = submit(again);
        assertThat(saved.getUrl().getPath()).isEqualTo("/members/haier");
        assertThat(saved.asNormalizedText()).contains("The member company has been saved.", "Smart home / IoT",
                "https://www.haier.com/global/");
        assertThat(this.members.bySlug("haier").orElseThrow().getSector()).isEqualTo("Smart home / IoT");

        HtmlPage history = saved.getAnchorByHref("/members/haier/history").click();
        assertThat(history.asNormalizedText()).contains("Sector", "Home appliances / IoT", "Smart home / IoT",
                admin.username());
    }

}

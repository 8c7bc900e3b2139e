package org.aiip.tracker.browser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The registries behind the clauses, used as people use them, in a real browser. */
class BrowserRegistryJourneyTests extends BrowserTestSupport {

    @BeforeEach
    void newVisitor() {
        browser.forget();
    }

    @Test
    void anEditorRecordsALicenceOfferWithItsTextAndTheClausePageAndTheCsvShowIt() throws Exception {
        TrackerUser editor = this.accounts.newEditor("baidu");
        browser.signIn(editor.username(), TestAccounts.PASSWORD);
        String publication = this.jdbc.queryForObject("select min(f.publication_number) from patent_filing f"
                + " join member_company m on m.id = f.applicant_id where m.slug = 'baidu' and f.published"
                + " and f.publication_number is not null", String.class);
        String title = "Open speech patents " + System.nanoTime();
        String text = "Royalty-free licence to anyone for speech recognition.\n免许可费";

        browser.open("/licences");
        browser.click(browser.find(By.linkText("Record a licence offer")));
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the offer form").isEmpty();
        assertThat(new Select(browser.field("Member")).getOptions()).extracting(e -> e.getText())
            .containsExactly("Baidu");
        browser.type("Name of the offer", title);
        new Select(browser.field("Terms")).selectByValue("ROYALTY_FREE");
        browser.type("Field of use", "Speech recognition");
        browser.type("Who may take a licence", "Anyone");
        browser.date("Offered since", "2020-04-20");
        browser.type("Patents covered", publication);
        browser.type("Address of the licence text", "https://example.org/baidu-licence");
        browser.type("Or paste the licence text", text);
        browser.click(browser.find(By.xpath("//button[normalize-space()='Save']")));

        assertThat(browser.path()).matches("/licences/\\d+");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.find(By.id("snapshots")).getText()).contains(hash);
        String covered = browser.find(By.cssSelector("#covered-filings a")).getText();
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the offer's page").isEmpty();

        browser.click(browser.find(By.cssSelector("#snapshots a")));
        assertThat(browser.find(By.id("snapshot-text")).getText()).isEqualTo(text);
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the kept licence text").isEmpty();
        assertThat(browser.find(By.id("sha256")).getText()).isEqualTo(hash);

        browser.open("/clauses/3");
        assertThat(browser.find(By.id("records")).isDisplayed()).isTrue();
        assertThat(browser.find(By.linkText(title)).getDomAttribute("href")).matches("/licences/\\d+");

        String csv = (String) browser.script("return fetch('/licences.csv').then(r => r.text())");
        assertThat(csv.lines().filter(line -> line.contains(title)).findFirst()).hasValueSatisfying(
                line -> assertThat(line).contains(",baidu,").contains("ROYALTY_FREE").contains(covered).contains(hash));
    }

    @Test
    void anAdminRecordsACaseAndATransferAndClauseFourAndTheFilingShowThem() {
        TrackerUser admin = this.accounts.newAdmin();
        browser.signIn(admin.username(), TestAccounts.PASSWORD);
        long filing = this.jdbc.queryForObject("select min(f.id) from patent_filing f join member_company m"
                + " on m.id = f.applicant_id where m.slug = 'jd' and f.published and f.publication_number is not null",
                Long.class);
        String publication = this.jdbc.queryForObject("select publication_number from patent_filing where id = ?",
                String.class, filing);
        String caseNumber = "(2021) Jing 73 Min Chu " + System.nanoTime();

        browser.open("/litigation");
        browser.click(browser.find(By.linkText("Record a case")));
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the case form").isEmpty();
        browser.type("Case number", caseNumber);
        browser.type("Short description", "Navigation patent asserted against JD.com");
        browser.type("Court or office", "Beijing Intellectual Property Court");
        browser.type("Or the name of an outsider, party 1", "Assertion Holdings LLC");
        browser.field("Party 1 is a patent-assertion entity").click();
        new Select(browser.field("Side of party 2")).selectByValue("RESPONDENT");
        new Select(browser.field("Member, party 2")).selectByVisibleText("JD.com");
        browser.type("Patents involved", publication + "\nUS 10,000,001 B2");
        browser.date("Filed on", "2021-03-01");
        browser.type("Source (web address)", "https://example.org/case");
        browser.click(browser.find(By.xpath("//button[normalize-space()='Save']")));

        assertThat(browser.path()).matches("/litigation/\\d+");
        String casePage = browser.path();
        assertThat(browser.find(By.id("pae-note")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("parties")).getText()).contains("Assertion Holdings LLC").contains("JD.com");
        assertThat(browser.find(By.id("patents")).getText()).contains("US 10,000,001 B2");
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the case page").isEmpty();

        browser.open("/transfers");
        browser.click(browser.find(By.linkText("Record a transfer")));
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the transfer form").isEmpty();
        browser.type("Patent", publication);
        browser.type("Assignee (the new owner)", "Outside Robotics Co., Ltd.");
        browser.field("The assignee is a patent-assertion entity").click();
        browser.date("Date of the transfer", "2022-05-10");
        browser.type("Source (web address)", "https://example.org/assignment");
        browser.click(browser.find(By.xpath("//button[normalize-space()='Save']")));

        assertThat(browser.path()).matches("/transfers/\\d+");
        String transferPage = browser.path();
        assertThat(browser.find(By.id("assignee")).getText()).contains("Outside Robotics Co., Ltd.")
            .contains("patent-assertion entity");

        browser.open("/transfers");
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the transfers page").isEmpty();
        browser.open("/clauses/4");
        assertThat(browser.find(By.linkText(caseNumber + " · Navigation patent asserted against JD.com"))
            .getDomAttribute("href")).isEqualTo(casePage);
        assertThat(browser.findAll(By.cssSelector("#records ~ ul a[href='" + transferPage + "']"))).isNotEmpty();

        browser.open("/filings/" + filing);
        assertThat(browser.find(By.id("mentions")).getText()).contains(caseNumber).contains("Outside Robotics Co., Ltd.");
    }

}

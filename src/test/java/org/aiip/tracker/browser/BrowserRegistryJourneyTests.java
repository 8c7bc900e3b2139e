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
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the offer's page").isEmpty();

        browser.click(browser.find(By.cssSelector("#snapshots a")));
        assertThat(browser.find(By.id("snapshot-text")).getText()).isEqualTo(text);
        assertThat(browser.find(By.id("sha256")).getText()).isEqualTo(hash);

        browser.open("/clauses/3");
        assertThat(browser.find(By.id("records")).isDisplayed()).isTrue();
        assertThat(browser.find(By.linkText(title)).getDomAttribute("href")).matches("/licences/\\d+");

        String csv = (String) browser.script("return fetch('/licences.csv').then(r => r.text())");
        assertThat(csv.lines().filter(line -> line.contains(title)).findFirst()).hasValueSatisfying(
                line -> assertThat(line).contains(",baidu,").contains("ROYALTY_FREE").contains(publication).contains(hash));
    }

}

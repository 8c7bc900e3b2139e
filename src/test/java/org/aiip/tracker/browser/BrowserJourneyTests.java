package org.aiip.tracker.browser;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.ApplicationNumber;

import static org.assertj.core.api.Assertions.assertThat;

/** What people do with the tracker, click by click, in a real browser. */
class BrowserJourneyTests extends BrowserTestSupport {

    @BeforeEach
    void newVisitor() {
        browser.forget();
    }

    @Test
    void visitorFollowsLinksFromTheDashboardToAFilingAndItsRegisterLinks() {
        browser.open("/");
        browser.click(browser.find(By.linkText("Baidu")));
        assertThat(browser.path()).isEqualTo("/members/baidu");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Baidu");

        browser.click(browser.find(By.partialLinkText("Clause 3:")));
        assertThat(browser.path()).isEqualTo("/clauses/3");

        browser.click(browser.find(By.cssSelector("#open-licence-offers a")));
        assertThat(browser.path()).startsWith("/filings?");
        WebElement firstFiling = browser.find(By.cssSelector("main table tbody a[href^='/filings/']"));
        String number = firstFiling.getText();
        browser.click(firstFiling);

        assertThat(browser.path()).matches("/filings/\\d+");
        assertThat(browser.find(By.tagName("main")).getText()).contains(number);
        // A sample filing is made up: it says so and links to no register as if it were its own.
        assertThat(browser.find(By.id("filing-source")).getText()).startsWith("A synthetic sample filing");
        assertThat(browser.findAll(By.linkText("Google Patents"))).isEmpty();

        // A real filing of the record links to its source page and to the registers.
        browser.open("/filings/" + this.jdbc.queryForObject(
                "select min(id) from patent_filing where sample = false and publication_number like 'CN%A'", Long.class));
        assertThat(browser.find(By.cssSelector("#filing-source a")).getDomAttribute("href")).startsWith("http");
        String publication = definition("Publication number");
        WebElement google = browser.find(By.linkText("Google Patents"));
        assertThat(google.getDomAttribute("href")).matches("https://patents\\.google\\.com/patent/([A-Z]{2})?"
                + compact(publication));
        assertThat(google.getDomAttribute("rel")).contains("noopener");
    }

    @Test
    void adminCorrectsAWrongCheckCharacterAndThePublishedFilingAppearsOnTheDashboardAndInTheAuditLog() {
        TrackerUser admin = this.accounts.newAdmin();
        browser.signIn(admin.username(), TestAccounts.PASSWORD);
        String digits = "20241" + (9_000_000 + ThreadLocalRandom.current().nextInt(999_999));
        char check = ApplicationNumber.cnCheckCharacter(digits);
        char wrong = (check == '0') ? '1' : '0';
        String title = "Speech model distillation seen in a browser " + digits;

        browser.open("/filings/new");
        new Select(browser.field("Patent office")).selectByValue("CN");
        browser.type("Application number", digits + "." + wrong);
        new Select(browser.field("Applicant")).selectByVisibleText("Baidu");
        browser.type("Title", title);
        browser.date("Filing date", "2024-02-05");
        new Select(browser.field("Legal status")).selectByValue("PUBLISHED");
        browser.type("Publication number", "CN" + digits.substring(4) + "A");
        browser.date("Publication date", "2025-08-12");
        new Select(browser.field("Technology area")).selectByIndex(1);
        save();

        assertThat(browser.errorBeside("Application number")).startsWith("The check character should be " + check);
        assertThat(browser.field("Title").getDomProperty("value")).isEqualTo(title);
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the form with an error").isEmpty();

        browser.type("Application number", digits + "." + check);
        save();

        assertThat(browser.path()).matches("/filings/\\d+");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
        browser.open("/");
        WebElement latest = browser.find(By.xpath("//h2[normalize-space()='Latest changes']/following-sibling::*[1]"));
        assertThat(latest.getText()).contains(title);

        browser.open("/admin/audit");
        assertThat(browser.find(By.cssSelector("main table")).getText()).contains(admin.username()).contains(title);
    }

    @Test
    void editorOfBaiduMayFileOnlyForBaiduAndDoesNotSeeAnUnpublishedJdFiling() {
        TrackerUser editor = this.accounts.newEditor("baidu");
        browser.signIn(editor.username(), TestAccounts.PASSWORD);

        browser.open("/filings/new");
        List<String> applicants = new Select(browser.field("Applicant")).getOptions().stream()
            .map(WebElement::getText)
            .toList();
        assertThat(applicants).containsExactly("Baidu");

        long jdSecret = this.jdbc.queryForObject("select min(f.id) from patent_filing f join member_company m"
                + " on m.id = f.applicant_id where m.slug = 'jd' and not f.published", Long.class);
        String secretTitle = this.jdbc.queryForObject("select title from patent_filing where id = ?", String.class,
                jdSecret);
        browser.open("/filings/" + jdSecret);
        String page = browser.find(By.tagName("main")).getText();
        assertThat(page).contains("There is nothing at this address").doesNotContain(secretTitle);
    }

    @Test
    void onAPhoneTheMenuButtonOpensTheNavigationAndOnALaptopItIsAlwaysShown() {
        try {
            browser.viewport(390, 844, true);
            browser.open("/clauses");
            By members = By.cssSelector(".site-menu-main a[href='/members']");
            assertThat(browser.findAll(members).get(0).isDisplayed()).as("folded behind the button").isFalse();
            browser.find(By.cssSelector("label.site-menu-button")).click();
            browser.click(browser.find(members));
            assertThat(browser.path()).isEqualTo("/members");

            browser.viewport(1366, 900, false);
            browser.open("/clauses");
            assertThat(browser.findAll(By.cssSelector("label.site-menu-button")).get(0).isDisplayed()).isFalse();
            assertThat(browser.find(members).isDisplayed()).isTrue();
        }
        finally {
            browser.resetViewport();
        }
    }

    @Test
    void languageSwitcherShowsTheKoreanClauseTextAndMarksThePageLanguage() {
        browser.open("/clauses/3");
        assertThat(htmlLang()).isEqualTo("en");

        browser.click(browser.find(By.cssSelector(".language-switcher a[hreflang='ko']")));
        assertThat(htmlLang()).isEqualTo("ko");
        assertThat(browser.find(By.cssSelector("blockquote.clause-text")).getText())
            .contains("특허 개방 허가 정책 모색과 인공지능 특허 기술 혁신 및 응용 촉진");

        browser.click(browser.find(By.cssSelector(".language-switcher a[hreflang='zh']")));
        assertThat(htmlLang()).isEqualTo("zh");
        assertThat(browser.find(By.cssSelector(".language-switcher a[hreflang='zh']")).getText()).isEqualTo("中文");
    }

    private static void save() {
        browser.click(browser.find(By.xpath("//button[normalize-space()='Save']")));
    }

    private static String htmlLang() {
        return browser.find(By.tagName("html")).getDomAttribute("lang");
    }

    /** The text of the {@code <dd>} after the {@code <dt>} that says {@code term}. */
    private static String definition(String term) {
        return browser.find(By.xpath("//dt[normalize-space()='" + term + "']/following-sibling::dd[1]")).getText();
    }

    /** A publication number as the registers write it: letters and digits only (the office goes in front). */
    private static String compact(String publication) {
        return publication.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

}

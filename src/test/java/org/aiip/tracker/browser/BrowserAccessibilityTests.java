package org.aiip.tracker.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.browser.Browser.AxeViolation;
import org.aiip.tracker.browser.Browser.Overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every page of the site, public and admin, on a phone (390 × 844) and on a laptop (1366 px), in English,
 * Korean and Chinese: it must not scroll sideways, have no serious or critical axe-core violation (WCAG 2.2 A
 * and AA and axe's best practices), log no error in the browser's console and show no untranslated message key
 * ({@code ??key_ko??}). Each page leaves a full-page screenshot in target/screenshots ({@code dashboard-ko-390.png},
 * ...). One browser serves every page; the signed-in pages share one admin's session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // visitors' pages first: one sign-in for the rest
class BrowserAccessibilityTests extends BrowserTestSupport {

    private static final List<String> LANGUAGES = List.of("en", "ko", "zh");

    /** The two screens: a phone held upright, and a common laptop. */
    private static final List<int[]> SCREENS = List.of(new int[] { 390, 844 }, new int[] { 1366, 900 });

    /** Thymeleaf's rendering of a message key it has no text for: {@code ??overview.title_ko??}. */
    private static final Pattern UNTRANSLATED = Pattern.compile("\\?\\?[\\w.\\-]+_[a-z]{2}(?:_[A-Z]{2})?\\?\\?");

    private static final Path EXAMPLES = Path.of("src/test/resources/import-examples").toAbsolutePath();

    /** Who the browser is signed in as now; null for a visitor. */
    private static TrackerUser signedInAs;

    @BeforeAll
    static void visitor() {
        signedInAs = null;
    }

    static Stream<Arguments> publicPages() {
        return Stream.of(Arguments.of("dashboard", "/"), Arguments.of("members", "/members"),
                Arguments.of("member-baidu", "/members/baidu"), Arguments.of("clauses", "/clauses"),
                Arguments.of("clause-3", "/clauses/3"), Arguments.of("filings", "/filings"),
                Arguments.of("filings-filtered", "/filings?member=baidu&sort=title&page=1"),
                Arguments.of("filings-none", "/filings?q=zzzzqqqq"), Arguments.of("filing", "/filings/{filing}"),
                Arguments.of("family", "/families/{family}"), Arguments.of("agreements", "/agreements"),
                Arguments.of("agreement", "/agreements/{agreement}"), Arguments.of("sources", "/sources"),
                Arguments.of("members-as-of", "/members?asOf=2021-06-30"),
                Arguments.of("clause-3-versions", "/clauses/3/versions"),
                Arguments.of("clause-3-version-1", "/clauses/3?version=1"), Arguments.of("licences", "/licences"),
                Arguments.of("licence", "/licences/{licence}"),
                Arguments.of("login", "/login"), Arguments.of("login-failed", "/login?error"),
                Arguments.of("not-found", "/members/nobody"));
    }

    static Stream<Arguments> adminPages() {
        return Stream.of(Arguments.of("filing-new", "/filings/new"), Arguments.of("filing-edit", "/filings/{filing}/edit"),
                Arguments.of("filing-withdraw", "/filings/{filing}/withdraw"),
                Arguments.of("filing-history", "/filings/{filing}/history"),
                Arguments.of("member-new", "/members/new"), Arguments.of("member-edit", "/members/baidu/edit"),
                Arguments.of("member-withdraw", "/members/baidu/withdraw"),
                Arguments.of("member-history", "/members/baidu/history"),
                Arguments.of("member-aliases", "/members/baidu/aliases"),
                Arguments.of("member-profile-text", "/members/baidu/profile"),
                Arguments.of("agreement-new", "/agreements/new"), Arguments.of("agreement-edit", "/agreements/{agreement}/edit"),
                Arguments.of("agreement-history", "/agreements/{agreement}/history"),
                Arguments.of("clause-3-text-ko", "/clauses/3/texts/ko"),
                Arguments.of("clause-3-text-history", "/clauses/3/texts/history"),
                Arguments.of("compliance-baidu-3", "/compliance/baidu/3"), Arguments.of("admin-users", "/admin/users"),
                Arguments.of("admin-user-new", "/admin/users/new"), Arguments.of("admin-user-tokens", "/admin/users/{me}/tokens"),
                Arguments.of("admin-audit", "/admin/audit"), Arguments.of("admin-backup", "/admin/backup"),
                Arguments.of("admin-names", "/admin/names"), Arguments.of("admin-import", "/admin/import"),
                Arguments.of("account", "/account"), Arguments.of("account-totp", "/account/totp"),
                Arguments.of("licence-new", "/licences/new"), Arguments.of("licence-edit", "/licences/{licence}/edit"),
                Arguments.of("licence-history", "/licences/{licence}/history"),
                Arguments.of("membership-new", "/members/baidu/membership/new"),
                Arguments.of("dashboard-admin", "/"), Arguments.of("member-baidu-admin", "/members/baidu"),
                Arguments.of("clause-3-admin", "/clauses/3"), Arguments.of("filings-admin", "/filings"));
    }

    @Order(0)
    @Test
    void axeFindsTheProblemsOfAPageThatHasThem() {
        browser.driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><title>Bad</title>"
                + "<main><h1>Bad</h1><img src=missing.png><p style='color:%23ccc;background:%23fff'>Faint</p>"
                + "<input type=text></main></html>");
        assertThat(browser.axe()).filteredOn(AxeViolation::serious)
            .extracting(AxeViolation::id)
            .contains("image-alt", "color-contrast", "label");
    }

    @Order(0)
    @Test
    void theChecksSeeAPageThatScrollsSidewaysAndAnUntranslatedKey() {
        browser.viewport(390, 844, true);
        browser.driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><meta name=viewport "
                + "content='width=device-width'><title>Wide</title><main><h1>Wide</h1><p>??nav.home_ko??</p>"
                + "<table><tr><td><span style='display:inline-block;width:900px'>x</span></td></tr></table></main></html>");
        assertThat(browser.overflow().excess()).isGreaterThan(400);
        assertThat(UNTRANSLATED.matcher(browser.driver.getPageSource()).find()).isTrue();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("publicPages")
    void publicPageFitsBothScreensAndHasNoSeriousProblemInAnyLanguage(String name, String path) {
        if (signedInAs != null) {
            browser.forget();
            signedInAs = null;
        }
        check(name, path);
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void adminPageFitsBothScreensAndHasNoSeriousProblemInAnyLanguage(String name, String path) {
        signInAsAdmin();
        check(name, path);
    }

    /** The import pages exist only for an upload: the preview of a checked file, then the finished job. */
    @Order(3)
    @Test
    void importPreviewAndJobPagesFitBothScreensAndHaveNoSeriousProblem() {
        signInAsAdmin();
        browser.viewport(1366, 900, false);
        browser.open("/admin/import?lang=en");
        browser.field("CSV file (UTF-8)").sendKeys(EXAMPLES.resolve("tracker.csv").toString());
        browser.click(browser.find(By.xpath("//button[normalize-space()='Check the file']")));
        String job = browser.path().replaceAll("\\?.*", "");
        awaitState(job, "Waiting for your confirmation");
        check("import-preview", job);

        browser.viewport(1366, 900, false);
        browser.open(job + "?lang=en");
        WebElement validOnly = browser.find(By.id("mode-valid"));
        if (validOnly.isEnabled()) {
            validOnly.click();
        }
        browser.find(By.id("match-update")).click();
        browser.click(browser.find(By.xpath("//button[normalize-space()='Write the filings']")));
        awaitState(job, "Done");
        check("import-job", job);
    }

    private void signInAsAdmin() {
        if (signedInAs == null) {
            signedInAs = this.accounts.newAdmin();
            browser.viewport(1366, 900, false);
            browser.forget();
            browser.signIn(signedInAs.username(), TestAccounts.PASSWORD);
        }
    }

    private void awaitState(String job, String state) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.open(job + "?lang=en");
            return state.equals(browser.find(By.id("job-state")).getText());
        });
    }

    private void check(String name, String path) {
        String address = path.replace("{filing}", String.valueOf(aPublishedFiling()))
            .replace("{agreement}", String.valueOf(anAgreement()))
            .replace("{family}", aFamily())
            .replace("{licence}", path.contains("{licence}") ? String.valueOf(aLicence()) : "")
            .replace("{me}", signedInAs == null ? "0" : String.valueOf(signedInAs.id()));
        boolean errorPage = name.equals("not-found");
        List<String> problems = new ArrayList<>();
        for (int[] screen : SCREENS) {
            browser.viewport(screen[0], screen[1], screen[0] < 800);
            for (String lang : LANGUAGES) {
                String where = name + " [" + lang + ", " + screen[0] + " px] ";
                browser.consoleErrors(); // forget what earlier pages logged
                browser.open(address + (address.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(browser.findAll(By.tagName("main"))).as(address + " in " + lang
                        + " rendered with the layout (not a failed page): " + browser.text()).isNotEmpty();
                // The page asked for, not the sign-in page it may have been sent to instead (whose check
                // would pass for every signed-in page), and for signed-in pages, signed in (the name is in
                // the navigation, folded behind the menu button on a phone).
                assertThat(browser.path().replaceAll("\\?.*", "")).as("the page checked")
                    .isEqualTo(address.replaceAll("\\?.*", ""));
                if (signedInAs != null) {
                    assertThat(browser.find(By.tagName("nav")).getAttribute("textContent")).as("signed in on " + address)
                        .contains(signedInAs.username());
                }
                browser.screenshot(name + "-" + lang + "-" + screen[0]);
                Overflow overflow = browser.overflow();
                if (overflow.excess() > 0) {
                    problems.add(where + "scrolls sideways by " + overflow.excess() + " px: " + overflow.elements());
                }
                Matcher key = UNTRANSLATED.matcher(browser.driver.getPageSource());
                if (key.find()) {
                    problems.add(where + "untranslated message key " + key.group());
                }
                for (AxeViolation violation : browser.axe()) {
                    System.out.println("axe: " + where + violation);
                    if (violation.serious()) {
                        problems.add(where + "axe: " + violation);
                    }
                }
                for (String error : browser.consoleErrors()) {
                    // A page answered with 404 says so in the console; that is what it is for.
                    if (!(errorPage && error.contains("404"))) {
                        problems.add(where + "console: " + error);
                    }
                }
            }
        }
        assertThat(problems).as("problems on " + address).isEmpty();
    }

    /** A licence offer to show (the record has none yet): one made by the test, the first time it is needed. */
    private long aLicence() {
        Long id = this.jdbc.queryForObject("select min(id) from licence_offer", Long.class);
        if (id != null) {
            return id;
        }
        this.jdbc.update("""
                insert into licence_offer (member_id, title, terms, licensees, offered_from, version, created_at, updated_at)
                select id, 'Test offer of the browser test', 'ROYALTY_FREE', 'Any company', date '2021-01-01', 0,
                    current_timestamp, current_timestamp from member_company where slug = 'baidu'""");
        return this.jdbc.queryForObject("select min(id) from licence_offer", Long.class);
    }

    private String aFamily() {
        List<String> keys = this.jdbc.queryForList(
                "select family_key from patent_filing where published and family_key is not null order by id", String.class);
        return keys.isEmpty() ? "none" : keys.get(0);
    }

}

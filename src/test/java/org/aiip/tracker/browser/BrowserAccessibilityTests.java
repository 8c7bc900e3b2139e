package org.aiip.tracker.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

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
 * ...; not on CI, see {@link Browser#SCREENSHOTS_ON}). One browser serves every page; the signed-in pages share one
 * admin's session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // visitors' pages first: one sign-in for the rest
class BrowserAccessibilityTests extends BrowserTestSupport {

    private static final List<String> LANGUAGES = List.of("en", "ko", "zh");

    /** The two screens: a phone held upright, and a common laptop. */
    private static final List<int[]> SCREENS = List.of(new int[] { 390, 844 }, new int[] { 1366, 900 });

    /** Thymeleaf's rendering of a message key it has no text for: {@code ??overview.title_ko??}. */
    private static final Pattern UNTRANSLATED = Pattern.compile("\\?\\?[\\w.\\-]+_[a-z]{2}(?:_[A-Z]{2})?\\?\\?");

    private static final Path EXAMPLES = Path.of("src/test/resources/import-examples").toAbsolutePath();

    @Autowired
    ApplicationContext context;

    /** Who the browser is signed in as now; null for a visitor. */
    private static TrackerUser signedInAs;

    /** Where the time goes, printed at the end: the full-page screenshots and the checks (overflow, keys, axe). */
    private static final AtomicLong SCREENSHOT_NANOS = new AtomicLong();

    private static final AtomicLong AXE_NANOS = new AtomicLong();

    private static final long STARTED = System.nanoTime();

    @BeforeAll
    static void visitor() {
        signedInAs = null;
    }

    @AfterAll
    static void timings() {
        System.out.printf("[browser time] %.0f s in all: %.0f s taking screenshots (%s), %.0f s in the checks%n",
                (System.nanoTime() - STARTED) / 1e9, SCREENSHOT_NANOS.get() / 1e9,
                Browser.SCREENSHOTS_ON ? "on" : "off", AXE_NANOS.get() / 1e9);
    }

    static Stream<Arguments> publicPages() {
        return Stream.of(Arguments.of("dashboard", "/"), Arguments.of("members", "/members"),
                Arguments.of("member-baidu", "/members/baidu"), Arguments.of("clauses", "/clauses"),
                Arguments.of("clause-3", "/clauses/3"), Arguments.of("filings", "/filings"),
                Arguments.of("filings-filtered", "/filings?member=baidu&sort=title&page=1"),
                Arguments.of("filings-none", "/filings?q=zzzzqqqq"), Arguments.of("filing", "/filings/{filing}"),
                Arguments.of("filing-in-family", "/filings/{familyMember}"),
                Arguments.of("family", "/families/{family}"), Arguments.of("agreements", "/agreements"),
                Arguments.of("agreement", "/agreements/{agreement}"), Arguments.of("sources", "/sources"),
                Arguments.of("members-as-of", "/members?asOf=2021-06-30"),
                Arguments.of("clause-3-versions", "/clauses/3/versions"),
                Arguments.of("clause-3-version-1", "/clauses/3?version=1"), Arguments.of("licences", "/licences"),
                Arguments.of("licence", "/licences/{licence}"),
                Arguments.of("licence-snapshot", "/licences/{licence}/snapshots/{snapshot}"),
                Arguments.of("litigation", "/litigation"), Arguments.of("case", "/litigation/{case}"),
                Arguments.of("transfers", "/transfers"), Arguments.of("transfer", "/transfers/{transfer}"),
                Arguments.of("standards", "/standards"), Arguments.of("declaration", "/standards/{declaration}"),
                Arguments.of("open-data", "/data"), Arguments.of("dashboard-as-of", "/?asOf=2020-06-30"),
                Arguments.of("member-baidu-as-of", "/members/baidu?asOf=2020-06-30"),
                Arguments.of("clause-3-as-of", "/clauses/3?asOf=2020-06-30"),
                Arguments.of("filing-as-of", "/filings/{filing}?asOf=2020-06-30"),
                Arguments.of("login", "/login"), Arguments.of("login-failed", "/login?error"),
                Arguments.of("not-found", "/members/nobody"), Arguments.of("as-of-invalid", "/?asOf=2020-02-30"));
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
                Arguments.of("case-new", "/litigation/new"), Arguments.of("case-edit", "/litigation/{case}/edit"),
                Arguments.of("transfer-new", "/transfers/new"), Arguments.of("declaration-new", "/standards/new"),
                Arguments.of("declaration-edit", "/standards/{declaration}/edit"), Arguments.of("reviews", "/reviews"),
                // The error page of every other status (error/error.html): a GET where only a POST is allowed, which
                // access control refuses (403) before Spring MVC would say 405.
                Arguments.of("not-allowed", "/data/snapshots"),
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

    /**
     * The second step of signing in exists only between the password and the code: a person whose second
     * factor is on gives the password and is asked for the code.
     */
    @Order(4)
    @Test
    void secondFactorStepOfSigningInFitsBothScreensAndHasNoSeriousProblem() {
        TrackerUser person = this.accounts.newAdmin();
        TestAccounts.switchOnSecondFactor(this.context, person);
        browser.viewport(1366, 900, false);
        browser.forget();
        signedInAs = null;
        browser.open("/login?lang=en");
        browser.type("Username", person.username());
        browser.type("Password", TestAccounts.PASSWORD);
        browser.click(browser.find(By.xpath("//button[normalize-space()='Sign in']")));
        assertThat(browser.path()).as("asked for the code").startsWith("/login/totp");
        check("login-totp", "/login/totp");
        browser.forget();
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
            // A written job is over once lists and search have its filings too.
            return state.equals(browser.find(By.id("job-state")).getText())
                    && browser.findAll(By.id("job-indexing")).isEmpty();
        });
    }

    private void check(String name, String path) {
        String address = path.replace("{filing}", String.valueOf(aPublishedFiling()))
            .replace("{agreement}", String.valueOf(anAgreement()))
            .replace("{familyMember}", path.contains("{familyMember}") ? String.valueOf(aFamilyMember()) : "")
            .replace("{family}", aFamily())
            .replace("{licence}", path.contains("{licence}") ? String.valueOf(aLicence()) : "")
            .replace("{snapshot}", path.contains("{snapshot}") ? String.valueOf(aSnapshot()) : "")
            .replace("{case}", path.contains("{case}") ? String.valueOf(aCase()) : "")
            .replace("{transfer}", path.contains("{transfer}") ? String.valueOf(aTransfer()) : "")
            .replace("{declaration}", path.contains("{declaration}") ? String.valueOf(aDeclaration()) : "")
            .replace("{me}", signedInAs == null ? "0" : String.valueOf(signedInAs.id()));
        // Pages answered with an error status say so in the console; that is what the status is for.
        String errorStatus = switch (name) {
            case "not-found" -> "404";
            case "as-of-invalid" -> "400";
            case "not-allowed" -> "403";
            default -> null;
        };
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
                long shot = System.nanoTime();
                browser.screenshot(name + "-" + lang + "-" + screen[0]);
                long checks = System.nanoTime();
                SCREENSHOT_NANOS.addAndGet(checks - shot);
                Overflow overflow = browser.overflow();
                if (overflow.excess() > 0) {
                    problems.add(where + "scrolls sideways by " + overflow.excess() + " px: " + overflow.elements());
                }
                Matcher key = UNTRANSLATED.matcher(browser.driver.getPageSource());
                if (key.find()) {
                    problems.add(where + "untranslated message key " + key.group());
                }
                List<AxeViolation> violations = browser.axe();
                AXE_NANOS.addAndGet(System.nanoTime() - checks);
                for (AxeViolation violation : violations) {
                    System.out.println("axe: " + where + violation);
                    if (violation.serious()) {
                        problems.add(where + "axe: " + violation);
                    }
                }
                for (String error : browser.consoleErrors()) {
                    if (errorStatus == null || !error.contains(errorStatus)) {
                        problems.add(where + "console: " + error);
                    }
                }
            }
        }
        assertThat(problems).as("problems on " + address).isEmpty();
    }

    /**
     * The id of the first row of {@code table} (of those {@code where} picks), after making one with {@code insert}
     * when there is none: the record has no licence offer, case, transfer or declaration of its own yet, and the
     * pages of one are checked all the same.
     */
    private long firstOrMade(String table, String where, Object[] whereArgs, String insert, Object... insertArgs) {
        String first = "select min(id) from " + table + " where " + where;
        Long id = this.jdbc.queryForObject(first, Long.class, whereArgs);
        if (id == null) {
            this.jdbc.update(insert, insertArgs);
            id = this.jdbc.queryForObject(first, Long.class, whereArgs);
        }
        return id;
    }

    private long aLicence() {
        return firstOrMade("licence_offer", "1 = 1", new Object[0], """
                insert into licence_offer (member_id, title, terms, licensees, offered_from, version, created_at, updated_at)
                select id, 'Test offer of the browser test', 'ROYALTY_FREE', 'Any company', date '2021-01-01', 0,
                    current_timestamp, current_timestamp from member_company where slug = 'baidu'""");
    }

    private long aSnapshot() {
        long offer = aLicence();
        return firstOrMade("licence_snapshot", "offer_id = ?", new Object[] { offer }, """
                insert into licence_snapshot (offer_id, taken_at, taken_by, media_type, size_bytes, sha256, content)
                values (?, current_timestamp, 'browser-test', 'text/plain', 4,
                    '88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589', ?)""", offer,
                "abcd".getBytes(StandardCharsets.UTF_8));
    }

    /** A litigation case; one made by the test has Baidu as respondent. */
    private long aCase() {
        long id = firstOrMade("litigation_case", "1 = 1", new Object[0], """
                insert into litigation_case (case_number, title, forum, forum_kind, filed_on, outcome, source_url,
                    version, created_at, updated_at)
                values ('Browser 1', 'Test case of the browser test', 'Test court', 'COURT', date '2021-03-01',
                    'PENDING', 'https://example.org/browser-test', 0, current_timestamp, current_timestamp)""");
        this.jdbc.update("""
                insert into litigation_case_party (case_id, position, side, member_id, assertion_entity)
                select ?, 0, 'RESPONDENT', id, false from member_company
                where slug = 'baidu' and not exists (select 1 from litigation_case_party where case_id = ?)""", id, id);
        return id;
    }

    private long aTransfer() {
        return firstOrMade("patent_transfer", "1 = 1", new Object[0], """
                insert into patent_transfer (filing_id, from_member_id, assignee, assertion_entity, transferred_on,
                    source_url, version, created_at, updated_at)
                select f.id, f.applicant_id, 'Test Outside Ltd', false, date '2022-05-10',
                    'https://example.org/browser-test', 0, current_timestamp, current_timestamp
                from patent_filing f where f.id = ?""", aPublishedFiling());
    }

    private long aDeclaration() {
        return firstOrMade("standards_declaration", "1 = 1", new Object[0], """
                insert into standards_declaration (member_id, standards_body, standard, declared_on, commitment,
                    source_url, version, created_at, updated_at)
                select id, 'ITU-T', 'Test standard of the browser test', date '2021-06-01', 'FRAND',
                    'https://example.org/browser-test', 0, current_timestamp, current_timestamp
                from member_company where slug = 'baidu'""");
    }

    /** A published filing whose page lists other published filings of its family (the family's table). */
    private long aFamilyMember() {
        Long id = this.jdbc.queryForObject("""
                select min(f.id) from patent_filing f where f.published and exists (select 1 from patent_filing g
                    where g.family_key = f.family_key and g.id <> f.id and g.published)""", Long.class);
        assertThat(id).as("a published filing with another published filing in its family").isNotNull();
        return id;
    }

    private String aFamily() {
        List<String> keys = this.jdbc.queryForList(
                "select family_key from patent_filing where published and family_key is not null order by id", String.class);
        return keys.isEmpty() ? "none" : keys.get(0);
    }

}

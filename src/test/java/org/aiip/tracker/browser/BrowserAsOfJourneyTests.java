package org.aiip.tracker.browser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingEditService;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.licensing.LicenceOffer;
import org.aiip.tracker.licensing.LicenceOfferService;
import org.aiip.tracker.litigation.CaseService;
import org.aiip.tracker.litigation.TransferForm;
import org.aiip.tracker.litigation.TransferService;
import org.aiip.tracker.registry.RegistryForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as of 30 June 2020 beside today's, read in a real browser as a reader reads them: the test
 * makes changes at known dates (through the services, then dates their audit entries and storage times), and
 * the two pages must differ by exactly the changes dated after that day. The record, the sample and other
 * browser tests share the database, so every figure is read before and after the changes and compared as a
 * difference. Also: the "Records" menu entry on a phone and on a laptop.
 */
class BrowserAsOfJourneyTests extends BrowserTestSupport {

    static final String DAY = "2020-06-30";

    @Autowired
    FilingEditService filings;

    @Autowired
    LicenceOfferService offers;

    @Autowired
    CaseService cases;

    @Autowired
    TransferService transfers;

    @BeforeEach
    void newVisitor() {
        browser.forget();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDashboardAsOfJune2020DiffersFromTodaysByExactlyTheChangesMadeSince() {
        Figures thenBefore = asOf(DAY);
        Figures nowBefore = today();
        long baidu = this.memberService.bySlug("baidu").orElseThrow().getId();
        long jd = this.memberService.bySlug("jd").orElseThrow().getId();
        long haier = this.memberService.bySlug("haier").orElseThrow().getId();
        String run = pad(String.valueOf(System.nanoTime() % 1_000_000), 6);
        signInAsAdmin();

        // Stored on 1 May 2020, published; granted on 1 February 2021.
        PatentFiling granted = this.filings.create(filing(run + "1", baidu, LegalStatus.PUBLISHED));
        granted = this.filings.update(granted.getId(), granted.getVersion(), filing(run + "1", baidu, LegalStatus.GRANTED));
        // Stored on 2 May 2020, published; withdrawn on 10 January 2022.
        PatentFiling withdrawn = this.filings.create(filing(run + "2", jd, LegalStatus.PUBLISHED));
        withdrawn = this.filings.withdraw(withdrawn.getId(), withdrawn.getVersion(), "Withdrawn in a browser test");
        // Stored on 15 January 2021.
        PatentFiling later = this.filings.create(filing(run + "3", haier, LegalStatus.PUBLISHED));
        // Baidu's licence offer from 20 April 2020, recorded on 5 May 2020; another from 1 June 2021, recorded today.
        LicenceOffer early = this.offers.create(RegistryForms.offer(baidu, "As-of journey offer " + run, LocalDate.of(2020, 4, 20)).toCommand(), null);
        this.offers.create(RegistryForms.offer(baidu, "As-of journey later offer " + run, LocalDate.of(2021, 6, 1)).toCommand(), null);
        // A case against JD.com filed on 1 November 2019 and decided on 1 March 2022; a transfer on 1 May 2023.
        this.cases.create(RegistryForms.caseAgainst(jd, "AS-OF-JOURNEY-" + run, "As-of journey case").toCommand());
        TransferForm transfer = new TransferForm();
        transfer.setPatent(withdrawn.getPublicationNumber());
        transfer.setAssignee("As-of journey assignee " + run);
        transfer.setTransferredOn(LocalDate.of(2023, 5, 1));
        transfer.setSourceUrl("https://example.org/as-of-journey-transfer");
        this.transfers.create(transfer.toCommand());
        SecurityContextHolder.clearContext();

        dateCreation("filing", granted.getId(), "2020-05-01");
        dateLast("filing", granted.getId(), "UPDATE", "2021-02-01");
        dateCreation("filing", withdrawn.getId(), "2020-05-02");
        dateLast("filing", withdrawn.getId(), "WITHDRAW", "2022-01-10");
        dateCreation("filing", later.getId(), "2021-01-15");
        dateCreation(LicenceOfferService.AUDIT_TYPE, early.getId(), "2020-05-05");

        Figures thenAfter = asOf(DAY);
        Figures nowAfter = today();

        // What the record held on the day: the first two filings, published; the early offer; the case, pending.
        // And the page lists the six changes made since: the grant, the withdrawal, the later filing, the later
        // offer, the case and the transfer (the case and the transfer were recorded today, after the day).
        assertThat(thenAfter.minus(thenBefore)).as("as of " + DAY).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("total", 2L), Map.entry("pending", 2L), Map.entry("status Published", 2L),
                Map.entry("member Baidu", 1L), Map.entry("member JD.com", 1L), Map.entry("offers in force", 1L),
                Map.entry("cases", 1L), Map.entry("cases pending", 1L), Map.entry("records baidu 3", 1L),
                Map.entry("records jd 4", 1L), Map.entry("changes since", 6L)));
        // Today: all three filings (one granted, one withdrawn), both offers, the case and the transfer.
        assertThat(nowAfter.minus(nowBefore)).as("today").containsExactlyInAnyOrderEntriesOf(Map.of(
                "total", 3L, "granted", 1L, "pending", 1L, "status Published", 1L, "status Granted", 1L,
                "status Withdrawn", 1L, "records baidu 3", 2L, "records jd 4", 2L));
        // So the two pages differ, beyond what they differed by before, by exactly the changes dated after the day:
        // a filing stored (+1), one granted (published −1, granted +1), one withdrawn (published −1, withdrawn +1),
        // an offer begun (+1 record) and a transfer made (+1 record).
        Map<String, Long> gap = nowAfter.minus(thenAfter);
        Map<String, Long> gapBefore = nowBefore.minus(thenBefore);
        Map<String, Long> widened = new LinkedHashMap<>();
        for (String key : List.of("total", "granted", "pending", "status Published", "status Granted",
                "status Withdrawn", "records baidu 3", "records jd 4")) {
            long change = gap.getOrDefault(key, 0L) - gapBefore.getOrDefault(key, 0L);
            if (change != 0) {
                widened.put(key, change);
            }
        }
        assertThat(widened).containsExactlyInAnyOrderEntriesOf(Map.of("total", 1L, "granted", 1L, "pending", -1L,
                "status Published", -1L, "status Granted", 1L, "status Withdrawn", 1L, "records baidu 3", 1L,
                "records jd 4", 1L));
        // The as-of page of today counts the registries as today's dashboard does.
        Figures asOfToday = asOf(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(asOfToday.get("records baidu 3")).isEqualTo(nowAfter.get("records baidu 3"));
        assertThat(asOfToday.get("records jd 4")).isEqualTo(nowAfter.get("records jd 4"));
        assertThat(asOfToday.get("total")).isEqualTo(nowAfter.get("total"));

        // From the as-of dashboard to JD.com on that day: the case pending, no transfer yet; today it was decided.
        browser.open("/?asOf=" + DAY);
        browser.click(browser.find(By.cssSelector("#asof-members a[href='/members/jd?asOf=" + DAY + "']")));
        assertThat(browser.find(By.id("as-of-banner")).getText()).contains("The record as of " + DAY);
        assertThat(browser.find(By.id("asof-member-cases")).getText()).contains("AS-OF-JOURNEY-" + run, "Pending")
            .doesNotContain("Lost by the patent holder");
        assertThat(browser.find(By.id("asof-member-registries")).getText())
            .doesNotContain("As-of journey assignee " + run);
        browser.open("/members/baidu?asOf=" + DAY + "&lang=ko");
        assertThat(browser.find(By.id("asof-member-offers")).getText()).contains("As-of journey offer " + run, "그날 유효")
            .doesNotContain("As-of journey later offer " + run);
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the as-of member page").isEmpty();
        browser.screenshot("asof-member-baidu-ko");
        browser.open("/?asOf=" + DAY + "&lang=en");
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the as-of dashboard").isEmpty();
    }

    @Test
    void theRecordsMenuReachesTheRegistriesAndTheOpenDataOnAPhoneAndOnALaptop() {
        try {
            browser.viewport(390, 844, true);
            browser.open("/?asOf=" + DAY);
            By records = By.cssSelector(".site-records-menu > summary");
            assertThat(browser.findAll(records).get(0).isDisplayed()).as("folded behind the button").isFalse();
            assertThat(browser.overflow().excess()).as("the as-of dashboard on a phone").isLessThanOrEqualTo(0);
            browser.screenshot("asof-dashboard-390");
            browser.find(By.cssSelector("label.site-menu-button")).click();
            browser.find(records).click();
            browser.screenshot("asof-menu-records-390");
            browser.click(browser.find(By.linkText("Litigation log (clause 4)")));
            assertThat(browser.path()).isEqualTo("/litigation");
            assertThat(browser.overflow().excess()).as("the menu on a phone").isLessThanOrEqualTo(0);

            // On a laptop, signed in as an admin (the longest menu), nothing scrolls sideways and the menu drops down.
            TrackerUser admin = this.accounts.newAdmin();
            browser.signIn(admin.username(), TestAccounts.PASSWORD);
            browser.viewport(1366, 900, false);
            browser.open("/?asOf=" + DAY);
            assertThat(browser.overflow().excess()).as("the as-of dashboard at 1366 px").isLessThanOrEqualTo(0);
            browser.screenshot("asof-dashboard-1366");
            browser.find(records).click();
            WebElement data = browser.find(By.linkText("Open data"));
            browser.screenshot("asof-menu-records-1366");
            assertThat(browser.overflow().excess()).as("the open menu at 1366 px").isLessThanOrEqualTo(0);
            browser.click(data);
            assertThat(browser.path()).isEqualTo("/data");
            assertThat(browser.find(records).getDomAttribute("class")).contains("active");
            browser.open("/standards?lang=zh");
            assertThat(browser.find(records).getText()).isEqualTo("登记册");
            assertThat(browser.overflow().excess()).as("the menu in Chinese").isLessThanOrEqualTo(0);
            browser.open("/transfers?lang=ko");
            assertThat(browser.find(records).getText()).isEqualTo("기록부");
            assertThat(browser.overflow().excess()).as("the menu in Korean").isLessThanOrEqualTo(0);
            browser.open("/?lang=en");
        }
        finally {
            browser.resetViewport();
        }
    }

    /** The as-of dashboard's figures, as the page shows them. */
    Figures asOf(String day) {
        browser.open("/?asOf=" + day + "&lang=en");
        Figures f = new Figures();
        f.put("total", number(By.id("asof-total")));
        f.put("granted", number(By.id("asof-granted")));
        f.put("pending", number(By.id("asof-pending")));
        rows(By.cssSelector("#asof-status tr"), "status ", f);
        rows(By.cssSelector("#asof-member-counts tr"), "member ", f);
        f.put("offers in force", number(By.cssSelector("#asof-offers td.number")));
        f.put("cases", number(By.cssSelector("#asof-cases td.number")));
        f.put("cases pending", number(By.cssSelector("#asof-cases-pending td.number")));
        f.put("transfers", number(By.cssSelector("#asof-transfers td.number")));
        f.put("records baidu 3", records(By.cssSelector("#asof-matrix-baidu-3 .matrix-records")));
        f.put("records jd 4", records(By.cssSelector("#asof-matrix-jd-4 .matrix-records")));
        String since = browser.find(By.xpath("//h2[starts-with(normalize-space(), 'Changes made since')]")).getText();
        f.put("changes since", Long.parseLong(since.replaceAll("\\D", "")));
        return f;
    }

    /** Today's dashboard's figures, as the page shows them. */
    Figures today() {
        browser.open("/?lang=en");
        Figures f = new Figures();
        f.put("total", number(By.id("filings-total")));
        f.put("granted", number(By.id("filings-granted")));
        f.put("pending", number(By.id("filings-pending")));
        rows(By.cssSelector("#by-status tbody tr"), "status ", f);
        f.put("records baidu 3", records(By.cssSelector("#matrix a[href='/members/baidu#clause-3'] .matrix-records")));
        f.put("records jd 4", records(By.cssSelector("#matrix a[href='/members/jd#clause-4'] .matrix-records")));
        return f;
    }

    static long number(By by) {
        return Long.parseLong(browser.find(by).getText().replaceAll("\\D", ""));
    }

    /** "2 on record" under a matrix cell; none shown is none on record. */
    static long records(By by) {
        List<WebElement> found = browser.findAll(by);
        return found.isEmpty() ? 0 : Long.parseLong(found.get(0).getText().replaceAll("\\D", ""));
    }

    /** A table's rows as name → number. */
    static void rows(By by, String prefix, Figures into) {
        for (WebElement row : browser.findAll(by)) {
            String name = row.findElement(By.tagName("th")).getText().strip();
            String value = row.findElement(By.tagName("td")).getText().replaceAll("\\D", "");
            into.put(prefix + name, Long.parseLong(value));
        }
    }

    /** Figures by name; {@link #minus} gives the changed ones only. */
    static class Figures extends LinkedHashMap<String, Long> {

        long get(String key) {
            return getOrDefault(key, 0L);
        }

        Map<String, Long> minus(Figures other) {
            Map<String, Long> changed = new LinkedHashMap<>();
            java.util.Set<String> keys = new java.util.LinkedHashSet<>(keySet());
            keys.addAll(other.keySet());
            for (String key : keys) {
                long change = get(key) - other.get(key);
                if (change != 0) {
                    changed.put(key, change);
                }
            }
            return changed;
        }

    }

    void signInAsAdmin() {
        TrackerUser admin = this.accounts.newAdmin();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    static String pad(String digits, int length) {
        return "0".repeat(Math.max(0, length - digits.length())) + digits;
    }

    /** A CN invention application of 2019 with serial {@code serial} (7 digits), filed on 1 March 2019 and published. */
    static FilingData filing(String serial, long applicant, LegalStatus status) {
        String plain = "20191" + serial;
        String number = plain + "." + ApplicationNumber.cnCheckCharacter(plain);
        return new FilingData(PatentOffice.CN, number, applicant, "As-of journey filing " + number, null,
                LocalDate.of(2019, 3, 1), null, "CN11" + serial + "A", LocalDate.of(2019, 9, 1),
                status == LegalStatus.GRANTED ? "CN11" + serial + "B" : null,
                status == LegalStatus.GRANTED ? LocalDate.of(2021, 2, 1) : null, status, "DEEP_LEARNING", "G06N 3/08",
                false, null, null);
    }

    void dateCreation(String type, long id, String day) {
        Timestamp at = Timestamp.from(Instant.parse(day + "T10:00:00Z"));
        if ("filing".equals(type)) {
            this.jdbc.update("update patent_filing set created_at = ? where id = ?", at, id);
        }
        this.jdbc.update("update audit_entry set occurred_at = ? where entity_type = ? and entity_id = ? and action = 'CREATE'",
                at, type, id);
    }

    void dateLast(String type, long id, String action, String day) {
        Long entry = this.jdbc.queryForObject(
                "select max(id) from audit_entry where entity_type = ? and entity_id = ? and action = ?", Long.class,
                type, id, action);
        this.jdbc.update("update audit_entry set occurred_at = ? where id = ?",
                Timestamp.from(Instant.parse(day + "T10:00:00Z")), entry);
    }

}

package org.aiip.tracker.browser;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.test.context.TestPropertySource;

import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.CompanyName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin brings in the files analysts hold, click by click in a real browser: one file of each kind
 * (src/test/resources/import-examples), with the three members under varied names, a company outside
 * the initiative and a few bad rows. Preview, the review queue, a name assigned and the waiting rows
 * applied, a family joined, and a newer export that updates a status with its audit entry. The real
 * record is off here, so that its names and filings do not answer for the example files'.
 */
@TestPropertySource(properties = "tracker.record.enabled=false") // the example files are the only real rows
class BrowserImportJourneyTests extends BrowserTestSupport {

    static final Path EXAMPLES = Path.of("src/test/resources/import-examples").toAbsolutePath();

    TrackerUser admin;

    @BeforeEach
    void adminWithTheMembersNames() {
        browser.forget();
        for (String[] alias : new String[][] { { "baidu", "Beijing Baidu Netcom Science and Technology Co., Ltd." },
                { "baidu", "Baidu Online Network Technology (Beijing) Co., Ltd." }, { "baidu", "Baidu USA LLC" },
                { "jd", "Beijing Jingdong Century Trading Co., Ltd." },
                { "jd", "Beijing Jingdong Shangke Information Technology Co., Ltd." },
                { "jd", "JD Digital Technology Holdings Co Ltd" }, { "haier", "Haier Smart Home Co., Ltd." },
                { "haier", "Haier US Appliance Solutions Inc" }, { "haier", "海尔集团公司" },
                { "haier", "青岛海尔智能家电科技有限公司" }, { "haier", "北京海尔广科数字技术有限公司" } }) {
            this.jdbc.update("""
                    insert into member_alias (member_id, name, match_key, kind, status, created_at, version)
                    select id, ?, ?, 'LEGAL_ENTITY', 'APPROVED', current_timestamp, 0 from member_company
                    where slug = ? and not exists (select 1 from member_alias where match_key = ?)""", alias[1],
                    CompanyName.key(alias[1]), alias[0], CompanyName.key(alias[1]));
        }
        this.admin = this.accounts.newAdmin();
        browser.signIn(this.admin.username(), TestAccounts.PASSWORD);
    }

    @Test
    void anAdminImportsOneFileOfEachKindDecidesTheNamesAndANewerExportUpdatesAStatus() {
        // The Lens: a preview with notes, errors and names to decide.
        upload("lens.csv");
        assertThat(browser.find(By.id("job-format")).getText()).isEqualTo("an export of The Lens");
        assertThat(browser.find(By.id("note-table")).getText())
            .contains("The check character was missing: computed from 201410088283 as X.");
        assertThat(browser.find(By.id("error-table")).getText()).contains("The check character should be 3, not 4");
        assertThat(browser.find(By.id("waiting-names")).getText()).contains("QINGDAO HAIER WASHING MACHINE CO LTD")
            .contains("BEIJING WODONG TIANJUN INFORMATION TECHNOLOGY CO LTD");
        assertThat(browser.axe()).filteredOn(Browser.AxeViolation::serious).as("the preview").isEmpty();
        browser.screenshot("import-preview-lens");
        confirmValidRows();
        assertThat(browser.find(By.id("job-done")).getText()).contains("3 filings created");

        // The review queue: one name is Haier's, the other is outside the initiative.
        browser.open("/admin/names");
        WebElement washer = rowOf("pending-names", "QINGDAO HAIER WASHING MACHINE CO LTD");
        new Select(washer.findElement(By.name("memberId"))).selectByVisibleText("Haier");
        browser.click(washer.findElement(By.xpath(".//button[normalize-space()='Assign']")));
        assertThat(browser.find(By.id("names-outcome")).getText()).startsWith("2 waiting rows were imported");
        WebElement wodong = rowOf("pending-names", "BEIJING WODONG TIANJUN INFORMATION TECHNOLOGY CO LTD");
        browser.click(wodong.findElement(By.xpath(".//button[normalize-space()='Not a member']")));
        assertThat(browser.find(By.id("names-outcome")).getText()).startsWith("1 waiting rows were imported");
        assertThat(browser.find(By.id("names-empty")).getText()).isEqualTo("No name waits for a decision.");
        browser.screenshot("import-names-decided");

        // The CN application and the US patent that claims its priority are one family, with their sources.
        browser.open("/filings/" + filingId("CN103886044"));
        assertThat(browser.find(By.id("family")).isDisplayed()).isTrue();
        assertThat(browser.text()).contains("14/547,020").contains("BEIJING BAIDU NETCOM SCIENCE & TECHNOLOGY CO LTD");
        assertThat(browser.find(By.cssSelector("#filing-source a")).getDomAttribute("href"))
            .startsWith("https://www.lens.org/");

        // Google Patents, Espacenet in English and in French, and the tracker's own file.
        upload("google-patents.csv");
        assertThat(browser.find(By.id("job-format")).getText()).isEqualTo("a Google Patents result list");
        confirmValidRows();
        upload("espacenet-en.csv");
        assertThat(browser.find(By.id("job-format")).getText()).isEqualTo("an Espacenet result list");
        confirmValidRows();
        upload("espacenet-fr.csv");
        assertThat(browser.find(By.id("job-format")).getText()).isEqualTo("an Espacenet result list");
        confirmValidRows();
        upload("tracker.csv");
        assertThat(browser.find(By.id("job-format")).getText()).isEqualTo("the tracker's own CSV");
        confirmValidRows();
        assertThat(browser.find(By.id("job-done")).getText()).contains("2 updated");

        // A newer Lens export: the B publication makes the JD filing granted, and the audit entry says by which import.
        long jd = filingId("CN105095492");
        upload("lens-update.csv");
        confirmValidRows();
        assertThat(browser.find(By.id("job-done")).getText()).contains("1 updated");
        browser.open("/filings/" + jd);
        assertThat(browser.text()).contains("CN105095492B").contains("Xi'an jingxundi".toUpperCase());
        browser.open("/filings/" + jd + "/history");
        assertThat(browser.find(By.tagName("main")).getText()).contains("lens-update.csv").containsIgnoringCase("granted");
    }

    @Test
    void theColumnsTableFitsAPhoneWithoutScrollingSidewaysInEachLanguage() {
        browser.viewport(390, 844, true);
        try {
            for (String lang : new String[] { "en", "ko", "zh" }) {
                browser.open("/admin/import?lang=" + lang);
                Number hidden = (Number) browser.script("""
                        const region = document.getElementById('import-columns');
                        return region.scrollWidth - region.clientWidth;""");
                assertThat(hidden.intValue()).as("columns table in %s hidden past the right edge, px", lang)
                    .isLessThanOrEqualTo(0);
            }
        }
        finally {
            browser.viewport(1366, 900, false);
        }
    }

    private void upload(String example) {
        browser.open("/admin/import");
        browser.field("CSV file (UTF-8)").sendKeys(EXAMPLES.resolve(example).toString());
        browser.click(browser.find(By.xpath("//button[normalize-space()='Check the file']")));
        awaitState("Waiting for your confirmation");
    }

    private void confirmValidRows() {
        WebElement validOnly = browser.find(By.id("mode-valid"));
        if (validOnly.isEnabled()) {
            validOnly.click();
        }
        browser.find(By.id("match-update")).click();
        browser.click(browser.find(By.xpath("//button[normalize-space()='Write the filings']")));
        awaitState("Done");
    }

    // The job page refreshes itself while the job runs; reload until it shows the state.
    private void awaitState(String state) {
        String job = browser.path();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.open(job);
            // A written job is over once lists and search have its filings too.
            return state.equals(browser.find(By.id("job-state")).getText())
                    && browser.findAll(By.id("job-indexing")).isEmpty();
        });
    }

    private WebElement rowOf(String table, String name) {
        return browser.find(By.xpath("//table[@id='" + table + "']//tr[th[normalize-space()='" + name + "']]"));
    }

    private long filingId(String serial) {
        return this.jdbc.queryForObject("select min(id) from patent_filing where publication_serial = ? or grant_serial = ?",
                Long.class, serial, serial);
    }

}

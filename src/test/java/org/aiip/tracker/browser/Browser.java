package org.aiip.tracker.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;

/**
 * One headless Chromium, driven through chromedriver, both from Debian ({@code /usr/bin}). Nothing
 * is downloaded: the driver and the browser are given by path, so Selenium Manager never runs (and
 * if it did, {@code SE_OFFLINE} keeps it off the network). Outside CI a missing browser skips the
 * tests with a printed reason; with {@code CI=true} it is a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Where each run leaves its screenshots. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration WAIT = Duration.ofSeconds(5);

    private static String axeSource;

    final ChromeDriver driver;

    private final Path profile;

    private String base = "";

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the calling test class (printing why) when Chromium or chromedriver is missing, or
     * fails it on CI, where they must be there.
     */
    static void assumeInstalled(Class<?> testClass) {
        assumeInstalled(testClass, List.of(CHROMIUM, CHROMEDRIVER), "true".equalsIgnoreCase(System.getenv("CI")));
    }

    static void assumeInstalled(Class<?> testClass, List<Path> programs, boolean ci) {
        for (Path program : programs) {
            if (!Files.isExecutable(program)) {
                String reason = program + " is not installed (Debian packages chromium and chromium-driver)";
                if (ci) {
                    fail(reason + "; on CI the browser tests must run");
                }
                System.out.println("Skipping " + testClass.getSimpleName() + ": " + reason);
                Assumptions.assumeTrue(false, reason);
            }
        }
    }

    /** Starts a browser with a fresh profile, asking for English pages. */
    static Browser start() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        // Selenium passes SE_* system properties to Selenium Manager as its environment: should
        // anything ever start it, it must not go online.
        System.setProperty("SE_OFFLINE", "true");
        try {
            Path profile = Files.createTempDirectory("tracker-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // Reduced motion: Bootstrap's smooth scrolling would move elements under the driver's clicks.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                    "--disable-features=Translate,MediaRouter,OptimizationHints", "--window-size=1280,1000",
                    "--force-prefers-reduced-motion", "--lang=en-US", "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
            // The page's console (errors, failed loads) for consoleErrors().
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Points the browser at the application (its port differs per context). */
    void at(String base) {
        this.base = base;
    }

    /** Opens a path of the application. */
    Browser open(String path) {
        this.driver.get(this.base + path);
        return this;
    }

    /** Forgets the session and the language cookie, as a new visitor. */
    void forget() {
        open("/login");
        this.driver.manage().deleteAllCookies();
    }

    /** The visible text of the page. */
    String text() {
        return this.driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return this.driver.getCurrentUrl().substring(this.base.length());
    }

    WebElement find(By by) {
        return wait(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> findAll(By by) {
        return this.driver.findElements(by);
    }

    /** Clicks a link and waits for the next page. */
    void click(WebElement element) {
        element.click();
        waitForPage(element);
    }

    /** Waits until the page that held {@code element} has been replaced and the new one has loaded. */
    void waitForPage(WebElement element) {
        wait(d -> gone(element));
        wait(d -> "complete".equals(script("return document.readyState")));
    }

    /**
     * Whether the element's page has been replaced. Selenium's own {@code stalenessOf} knows only the stale-element
     * error; Chromium sometimes answers for a node of the page being replaced with an inspector error instead.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        }
        catch (StaleElementReferenceException | NoSuchElementException ex) {
            return true;
        }
        catch (WebDriverException ex) {
            if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw ex;
        }
    }

    /** The form control labelled {@code label} (its label's {@code for}). */
    WebElement field(String label) {
        WebElement element = find(By.xpath("//label[normalize-space()='" + label + "']"));
        return this.driver.findElement(By.id(element.getDomAttribute("for")));
    }

    /** Types into the control labelled {@code label}, replacing what was there. */
    void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a date input: typing into one depends on the browser's locale, so the value is set directly. */
    void date(String label, String isoDate) {
        script("arguments[0].value = arguments[1]", field(label), isoDate);
    }

    /** The error message beside a field, the element its {@code aria-describedby} names. */
    String errorBeside(String label) {
        String describedBy = field(label).getDomAttribute("aria-describedby");
        if (describedBy == null) {
            return "";
        }
        return this.driver.findElement(By.id(describedBy)).getText();
    }

    /** Signs in through the real form. */
    void signIn(String username, String password) {
        open("/login");
        type("Username", username);
        type("Password", password);
        WebElement button = find(By.xpath("//button[normalize-space()='Sign in']"));
        click(button);
        if (path().startsWith("/login")) {
            fail("sign-in as " + username + " failed: " + find(By.tagName("main")).getText());
        }
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) this.driver).executeScript(script, args);
    }

    <T> T wait(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(this.driver, WAIT).until(condition);
    }

    /**
     * Runs axe-core on the page against WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices
     * (landmarks, heading order), plus the experimental check that a control's accessible name contains its
     * visible label, and returns every violation with the selectors of its elements.
     */
    @SuppressWarnings("unchecked")
    List<AxeViolation> axe() {
        // executeScript is not subject to the page's Content-Security-Policy.
        script(axeSource());
        Object result = ((JavascriptExecutor) this.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
                    // experimental, so off by default: a control's name must contain its visible words (WCAG 2.5.3)
                    rules: {'label-content-name-mismatch': {enabled: true}}})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.map(n => n.target.join(' '))}))))
                  .catch(e => done('axe failed: ' + e));
                """);
        if (result instanceof String error) {
            fail(error);
        }
        return ((List<Map<String, Object>>) result).stream()
            .map(v -> new AxeViolation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("targets")))
            .toList();
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return axeSource;
    }

    /**
     * Lays pages out as on a screen {@code width} CSS pixels wide and {@code height} high (a phone when
     * {@code phone}: its viewport meta tag applies), until changed; kept across pages.
     */
    void viewport(int width, int height, boolean phone) {
        this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    /** Back to the window's own size, as the browser started. */
    void resetViewport() {
        this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The errors the page's console reported since the last call (each call empties the log). */
    List<String> consoleErrors() {
        return this.driver.manage()
            .logs()
            .get(org.openqa.selenium.logging.LogType.BROWSER)
            .getAll()
            .stream()
            .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
            .map(org.openqa.selenium.logging.LogEntry::getMessage)
            .toList();
    }

    /**
     * How far the page reaches beyond the window's width (0 when it does not scroll sideways), with the
     * outermost elements that stick out.
     */
    @SuppressWarnings("unchecked")
    Overflow overflow() {
        Map<String, Object> result = (Map<String, Object>) script("""
                const root = document.documentElement, width = root.clientWidth;
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right <= width + 1 || (e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1)) continue;
                  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().replace(/\s+/g, '.') : '') + ' (right edge ' + Math.round(r.right) + ')');
                  if (out.length > 4) break;
                }
                return {excess: root.scrollWidth - width, elements: out};
                """);
        return new Overflow(((Number) result.get("excess")).intValue(), (List<String>) result.get("elements"));
    }

    /** How far a page scrolls sideways, and what sticks out. */
    record Overflow(int excess, List<String> elements) {
    }

    /**
     * Whether {@link #screenshot} writes files: by default on a developer's machine (they refresh
     * docs/screenshots), not on CI, which keeps no files and for which a full-page PNG of each page in each
     * language at each width is time spent for nobody. {@code -Dbrowser.screenshots=true|false} decides.
     */
    static final boolean SCREENSHOTS_ON = Boolean.parseBoolean(
            System.getProperty("browser.screenshots", String.valueOf(!"true".equals(System.getenv("CI")))));

    /** A PNG of the whole page (not only the window) in target/screenshots; nothing when screenshots are off. */
    @SuppressWarnings("unchecked")
    Path screenshot(String name) {
        if (!SCREENSHOTS_ON) {
            return null;
        }
        Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 16000);
        Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        try {
            this.driver.quit();
        }
        finally {
            try (Stream<Path> files = Files.walk(this.profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            catch (IOException ex) {
                // a temporary directory left behind does no harm
            }
        }
    }

    /** One axe rule broken on the page, with the elements that break it. */
    record AxeViolation(String id, String impact, String help, List<String> targets) {

        boolean serious() {
            return "serious".equals(this.impact) || "critical".equals(this.impact);
        }

        @Override
        public String toString() {
            return this.id + " (" + this.impact + "): " + this.help + " at " + String.join(" | ", this.targets);
        }

    }

}

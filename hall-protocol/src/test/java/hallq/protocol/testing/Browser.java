package hallq.protocol.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium; one per test
 * class. Without the packages the tests fail and say what to install, unless
 * {@code -Dhallq.browser.skip=true} asks to skip them.
 */
public final class Browser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String missing = "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                    + "): apt-get install chromium chromium-driver";
            Assumptions.assumeFalse(Boolean.getBoolean("hallq.browser.skip"), missing + " (skipped: -Dhallq.browser.skip)");
            throw new AssertionError(missing + ", or run with -Dhallq.browser.skip=true");
        }
        Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--lang=zh-CN", "--window-size=1366,900",
                "--autoplay-policy=no-user-gesture-required");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, o), profile);
    }

    public void open(String url) {
        driver.get(url);
    }

    /** A phone held upright, or a desk screen. */
    public void phone() {
        driver.manage().window().setSize(new Dimension(412, 915));
    }

    public void desk() {
        driver.manage().window().setSize(new Dimension(1440, 960));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public boolean shown(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty() && find(css).isDisplayed();
    }

    /**
     * Waits until {@code condition} holds; an element replaced while it was read (a page re-rendering
     * a list it refreshed) is looked up again rather than failing the wait.
     */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until the element's text contains {@code part}; the assertion message shows what was there. */
    public void awaitText(String css, String part) {
        try {
            await(d -> !d.findElements(By.cssSelector(css)).isEmpty() && d.findElement(By.cssSelector(css)).getText().contains(part));
        } catch (TimeoutException e) {
            String was = driver.findElements(By.cssSelector(css)).isEmpty() ? "(no such element)" : text(css);
            throw new AssertionError("expected '" + part + "' in " + css + ", found: " + was, e);
        }
    }

    /** Keeps a picture of the page as a test artefact (target/screenshots). */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (the WCAG 2.1 A and AA rules) on the page as it is now and returns what it found
     * broken, each with the selectors of the elements concerned.
     */
    @SuppressWarnings("unchecked")
    public List<AxeViolation> audit() {
        driver.executeScript(axe());
        List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.flat().join(' ')
                            + (n.any.length ? ' (' + n.any[0].message + ')' : ''))}))))
                    .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        return found.stream().map(AxeViolation::of).toList();
    }

    /**
     * Audits the page ({@link #audit()}) and fails on any serious or critical finding, listing them;
     * returns the moderate and minor ones (docs/web.md says why each stays) after printing them.
     */
    public List<AxeViolation> assertAccessible(String page) {
        List<AxeViolation> found = audit();
        List<AxeViolation> serious = found.stream().filter(AxeViolation::serious).toList();
        if (!serious.isEmpty()) {
            throw new AssertionError("accessibility of " + page + " (" + driver.getCurrentUrl() + "): "
                    + serious.size() + " serious or critical\n  "
                    + String.join("\n  ", serious.stream().map(AxeViolation::toString).toList()));
        }
        List<AxeViolation> rest = found.stream().filter(v -> !v.serious()).toList();
        rest.forEach(v -> System.out.println("[axe] " + page + ": " + v));
        return rest;
    }

    private static String axeScript;

    private static synchronized String axe() {
        if (axeScript == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe/axe.min.js is missing from hall-protocol's test resources");
                }
                axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeScript;
    }

    /** Fills the login form of {@code /staff} and submits it. */
    public void login(String base, String user, String password) {
        login(base, "/staff", user, password);
    }

    /** Fills the login form ({@code #user}, {@code #password}, {@code #login-button}) at {@code base + path} and submits it. */
    public void login(String base, String path, String user, String password) {
        open(base + path);
        find("#user").clear();
        find("#user").sendKeys(user);
        find("#password").sendKeys(password);
        find("#login-button").click();
    }

    /** Logs out by clearing the session cookie (another person at the same browser). */
    public void forgetLogin() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

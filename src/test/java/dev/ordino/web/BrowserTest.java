package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: Debian's Chromium, headless, driven by its own chromedriver (nothing is
 * downloaded), against the application on a random port. Each test signs in through the login form, like a
 * person, and leaves screenshots under {@code target/screenshots/}.
 */
@Tag("browser")
abstract class BrowserTest extends IntegrationTest {

    static final String PASSWORD = "a browser test password";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    /**
     * Without Chromium the browser tests are skipped (a machine with only a JDK still builds), unless
     * {@code ORDINO_BROWSER_TESTS=required}, as CI sets it: then a missing browser fails the build.
     */
    @BeforeAll
    static void startBrowser() {
        var chromium = executable("ORDINO_CHROMIUM", "/usr/bin/chromium");
        var driver = executable("ORDINO_CHROMEDRIVER", "/usr/bin/chromedriver");
        var installed = Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(driver));
        if ("required".equals(System.getenv("ORDINO_BROWSER_TESTS"))) {
            assertThat(installed)
                    .as("Chromium and chromedriver at " + chromium + " and " + driver)
                    .isTrue();
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        var options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000");
        // The console, to find what the pages' Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** Whatever a test did, the pages' Content-Security-Policy refused nothing (no inline script or style). */
    @AfterEach
    void nothingWasRefusedByTheContentSecurityPolicy() {
        if (browser != null) {
            var refused = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(org.openqa.selenium.logging.LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy"))
                    .toList();
            assertThat(refused).isEmpty();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String executable(String variable, String fallback) {
        var path = System.getenv(variable);
        return path == null || path.isBlank() ? fallback : path;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    /** A user who signs in with {@link #PASSWORD}; a BUYER needs the customer. */
    String aUser(String role, String customerId, String marker) {
        var email = role.toLowerCase() + "-" + marker + "@browser.example";
        var body = new java.util.LinkedHashMap<String, Object>(Map.of(
                "email",
                email,
                "name",
                role.charAt(0) + role.substring(1).toLowerCase() + " " + marker,
                "role",
                role,
                "password",
                PASSWORD));
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        api.post("/users", body).expect(201);
        return email;
    }

    /** Signs out whoever is signed in, then signs in through the form. */
    void signIn(String email) {
        browser.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), email);
        type(By.id("password"), PASSWORD);
        click(By.id("sign-in"));
        waitFor(ExpectedConditions.urlMatches(".*/orders.*"));
    }

    WebElement find(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return browser.findElements(by);
    }

    /** Clicks like a person would: the element scrolled to the middle of the window first. */
    void click(By by) {
        var element =
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        settled();
    }

    /** Waits until no htmx request is on its way and its swap has settled (a section saved in place). */
    void settled() {
        try {
            browser.switchTo().alert();
            return; // a confirm dialog is open: the test answers it (a script now would dismiss it)
        } catch (org.openqa.selenium.NoAlertPresentException noDialog) {
            // go on
        }
        waitFor(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null"));
    }

    void type(By by, String text) {
        var field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    /**
     * Turns off the browser's own checks (type=email, max, required) on the page's forms, so that a test reaches
     * the server's validation as an older or scripted client would.
     */
    void withoutBrowserValidation() {
        browser.executeScript("document.querySelectorAll('form').forEach(function (f) { f.noValidate = true; })");
    }

    /**
     * Every visible form control of the page has a name a screen reader can say: a label, aria-label or
     * aria-labelledby. Answers the ids (or names) of those without.
     */
    @SuppressWarnings("unchecked")
    List<String> unlabelledControls() {
        return (List<String>)
                browser.executeScript("return Array.from(document.querySelectorAll('input, select, textarea'))"
                        + ".filter(function (c) { return c.type !== 'hidden' && c.offsetParent !== null; })"
                        + ".filter(function (c) { return !(c.labels && c.labels.length)"
                        + " && !c.getAttribute('aria-label') && !c.getAttribute('aria-labelledby'); })"
                        + ".map(function (c) { return c.id || c.name || c.outerHTML; });");
    }

    /** The text of the notice a page shows after a change ("Saved.", "Order SO-1 is now submitted."). */
    String notice() {
        return find(By.id("notice")).getText();
    }

    String statusBadge() {
        return find(By.cssSelector("h1 .badge")).getText();
    }

    /** The id of the order whose page is open. */
    String currentOrderId() {
        var path = browser.getCurrentUrl().replaceFirst("^https?://[^/]+/orders/", "");
        return path.replaceFirst("[/?#].*$", "");
    }

    /** The page as it opens, from its top (a section saved in place leaves the window where it was). */
    void screenshot(String name) {
        browser.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
        save(name);
    }

    /** A screenshot with {@code part} of the page at the top of the window (a form's section further down). */
    void screenshot(String name, By part) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", find(part));
        save(name);
    }

    private void save(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not save the screenshot " + name, e);
        }
        assertThat(SCREENSHOTS.resolve(name + ".png")).exists();
    }
}

package io.partnercarts.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium WebDriver through Debian's chromedriver: one browser
 * with a fresh profile and no network of its own, each page loaded afresh in its window. A page reports
 * what it shows (its visible text, once it stopped changing) and every script error: the browser log's
 * SEVERE entries, as chromedriver words them: {@code URL LINE:COLUMN Uncaught ...} for an uncaught
 * exception, {@code URL LINE:COLUMN "message"} for console.error and {@code URL - Failed to load resource: ...}
 * for a resource that did not load.
 */
final class ChromiumPages implements AutoCloseable {
    private static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars");
    private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofMillis(300);
    /**
     * At start Selenium looks for its typed DevTools bindings of this Chromium version and warns that it has
     * none; nothing here uses them. Held so that the level stays set.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    /** The window's size for a page area of the size asked for at start. */
    private final Dimension window;

    /** What a page showed: its visible text and the script errors it logged. */
    record Page(String text, List<String> scriptErrors) {}

    private ChromiumPages(ChromeDriver driver, int width, int height) {
        this.driver = driver;
        this.window = fitWindow(width, height);
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** The first of {@code names} on the PATH, or nothing when none is installed. */
    static Optional<Path> onPath(String... names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(path.split(":"))
                .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Starts {@code browser} through {@code chromedriver}, both given by path so that Selenium Manager
     * never looks for (or downloads) either.
     */
    static ChromiumPages start(Path browser, Path chromedriver, Path profile, int width, int height) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser.toFile())
                .addArguments(FLAGS)
                .addArguments("--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(
                        profile.resolveSibling(profile.getFileName() + ".log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            return new ChromiumPages(driver, width, height);
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
    }

    Page open(URI page) {
        load(page);
        return new Page(visibleText(), scriptErrors());
    }

    /**
     * Opens the page, waits until it has rendered, then runs {@code script} in it (an expression whose
     * value, or the value of the promise it gives, is a string) and answers that string.
     */
    String run(URI page, String script) {
        load(page);
        visibleText();
        // In parentheses: the script may begin with a comment line, after which a bare return would end.
        Object value = driver.executeScript("return (" + script + "\n);");
        if (!(value instanceof String text)) {
            throw new AssertionError("The script gave no string: " + value);
        }
        return text;
    }

    /** Saves a PNG of the first {@code width x height} pixels and answers the page's script errors. */
    List<String> screenshot(URI page, int width, int height, Path png) {
        fitWindow(width, height);
        try {
            load(page);
            visibleText();
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            return scriptErrors();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * Sizes the window so that the page area in it, which a screenshot shows, is {@code width x height}:
     * even headless, the window keeps room for a toolbar.
     */
    private Dimension fitWindow(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        List<?> inner = (List<?>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        Dimension fit = new Dimension(
                2 * width - ((Number) inner.get(0)).intValue(), 2 * height - ((Number) inner.get(1)).intValue());
        driver.manage().window().setSize(fit);
        return fit;
    }

    /** A full load, not a jump within the previous page, with nothing logged before it left in the log. */
    private void load(URI page) {
        driver.get("about:blank");
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(page.toString());
    }

    /** The page's visible text once the document has loaded and the text has stopped changing. */
    private String visibleText() {
        String[] previous = {null};
        return new WebDriverWait(driver, RENDER_TIMEOUT, SETTLE)
                .withMessage("the page's text to stop changing")
                .until(d -> {
                    Object text = driver.executeScript(
                            "return document.readyState === 'complete' ? document.body.innerText : null");
                    boolean settled = text != null && text.equals(previous[0]);
                    previous[0] = (String) text;
                    return settled ? previous[0] : null;
                });
    }

    private List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}

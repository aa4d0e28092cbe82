package id.redaksi;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium from Debian ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}) that says it is a
 * desktop Chrome, so the portal takes it for a reader (a headless browser's own user agent is not counted), and
 * keeps its console so a test can see what the page's Content-Security-Policy refused. Selenium Manager never runs,
 * so nothing is downloaded. In CI ({@code CI=true}) a missing browser fails the test; elsewhere it is skipped.
 */
public final class Chromium {

    public static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/140.0.0.0 Safari/537.36";

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    public static void requireInstalled() {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        var message = "A browser test needs Debian's chromium and chromium-driver packages (" + BINARY + ", " + DRIVER
                + "): apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(installed, message);
        } else {
            assumeTrue(installed, message + "; skipped outside CI");
        }
    }

    /** A new browser with its own profile in {@code temp}; the caller quits it. */
    public static ChromeDriver open(Path temp) throws IOException {
        var options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--user-agent=" + USER_AGENT,
                "--user-data-dir=" + Files.createTempDirectory(temp, "chromium"));
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** What the browser's console said since the last call: a refused script or style says "Content Security Policy". */
    public static List<String> console(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }
}

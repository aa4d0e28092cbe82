package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import id.redaksi.Chromium;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Issue 14's "done when" for the front page, in a real browser: an editor searches the site's published stories on
 * the curation screen, picks the headline and three picks, orders them, gives a shorter headline and pins a breaking
 * news bar, and the home page follows; at 1280 and at 390 px, under the strict CSP, with nothing axe finds serious.
 */
@PortalTest
class CurationBrowserIntegrationTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    Fixtures fixtures;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    Path temp;

    Site site;
    String base;

    @BeforeAll
    static void chromiumIsInstalled() {
        Chromium.requireInstalled();
    }

    @Test
    void anEditorPicksTheHeadlineAndThreePicksAndTheHomePageFollows() throws Exception {
        site = fixtures.site().onLocalhost().named("Warta Pilihan").create();
        var editor = fixtures.account(site, Role.EDITOR);
        long oldest = article("Lama Sekali", 5);
        long yesterday = article("Kabar Kemarin", 4);
        long morning = article("Kabar Pagi", 3);
        long noon = article("Kabar Siang", 2);
        article("Terbaru", 1);
        base = "http://" + site.hosts().getFirst() + ":"
                + context.getWebServer().getPort();
        var curation = base + "/redaksi/" + site.slug() + "/kurasi";
        var driver = Chromium.open(temp);
        try {
            logIn(driver, editor.username());
            viewport(driver, 1280);
            driver.get(curation);
            choose(driver, "cari-1", "pagi", "utama-1", morning);
            driver.findElement(By.id("utama-1-pendek")).sendKeys("Pagi Ringkas");
            choose(driver, "cari-6", "siang", "pilihan-1", noon);
            choose(driver, "cari-7", "kemarin", "pilihan-2", yesterday);
            choose(driver, "cari-8", "lama", "pilihan-3", oldest);
            driver.findElement(By.cssSelector("[aria-label='Naik Pilihan Redaksi slot 2']"))
                    .click();
            assertThat(value(driver, "pilihan-1")).isEqualTo(String.valueOf(yesterday));
            assertThat(driver.findElement(By.id("pilihan-1-judul")).getText()).startsWith("Kabar Kemarin (");
            driver.findElement(By.cssSelector(".save-row button")).click();
            wait(driver)
                    .until(ExpectedConditions.textToBe(
                            By.cssSelector(".alert[role=status]"),
                            "Halaman depan disimpan; pembaca melihatnya sekarang."));
            choose(driver, "cari-14", "siang", "berita", noon);
            var until = LocalDateTime.ofInstant(Instant.now().plusSeconds(3600), site.zone())
                    .truncatedTo(ChronoUnit.MINUTES);
            driver.executeScript("document.getElementById('sampai').value = arguments[0];", until.toString());
            driver.findElement(By.cssSelector("#breaking-form button[type=submit]"))
                    .click();
            wait(driver)
                    .until(ExpectedConditions.textToBe(
                            By.cssSelector(".alert[role=status]"), "Breaking news dipasang di setiap halaman situs."));
            assertThat(axe(driver)).as("axe on the curation screen").isEmpty();

            for (int width : List.of(1280, 390)) {
                viewport(driver, width);
                driver.get(curation);
                fits(driver, "curation screen at " + width);
                assertThat(value(driver, "utama-1")).isEqualTo(String.valueOf(morning));
                driver.get(base + "/");
                fits(driver, "home at " + width);
                assertThat(texts(driver, ".headline .card-title")).containsExactly("Pagi Ringkas");
                assertThat(texts(driver, ".picks .card-title"))
                        .containsExactly("Kabar Kemarin", "Kabar Siang", "Lama Sekali");
                var bar = driver.findElement(By.cssSelector(".breaking a"));
                assertThat(bar.getText()).isEqualTo("Kabar Siang");
                assertThat(driver.executeScript(
                                "const r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth;",
                                bar))
                        .as("the bar's link within the screen at " + width)
                        .isEqualTo(true);
                screenshot(driver, "curated-home-" + width + ".png");
            }
            assertThat(Chromium.console(driver))
                    .noneMatch(line -> line.contains("Content Security Policy"))
                    .noneMatch(line -> line.contains("Uncaught"));
        } finally {
            driver.quit();
        }
    }

    private long article(String title, int hoursAgo) {
        return fixtures.article(site)
                .title(title)
                .publishedAt(NOW.minus(hoursAgo, ChronoUnit.HOURS))
                .publish();
    }

    /** Types a word in a slot's search, takes the first story offered by keyboard, and sees the slot take it. */
    private void choose(ChromeDriver driver, String search, String word, String slot, long expected) {
        var input = driver.findElement(By.id(search));
        input.click();
        input.sendKeys(word);
        wait(driver)
                .until(d -> d.findElements(By.cssSelector("#" + search + "-options [role=option]"))
                                        .size()
                                == 1
                        && d.findElement(By.id(search + "-options"))
                                .getText()
                                .toLowerCase()
                                .contains(word));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait(driver).until(d -> value(driver, slot).equals(String.valueOf(expected)));
    }

    private static String value(ChromeDriver driver, String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    private static List<String> texts(ChromeDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> axe(ChromeDriver driver) {
        return new AxeBuilder()
                .analyze(driver).getViolations().stream()
                        .filter(rule -> Set.of("critical", "serious").contains(rule.getImpact()))
                        .map(rule -> rule.getImpact() + " " + rule.getId())
                        .toList();
    }

    private static void fits(ChromeDriver driver, String page) {
        assertThat((Long) driver.executeScript("return document.scrollingElement.scrollWidth - innerWidth;"))
                .as(page + ": sideways scroll")
                .isLessThanOrEqualTo(0L);
    }

    private static void viewport(ChromeDriver driver, int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width,
                        "height",
                        width < 600 ? 844 : 900,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        width < 600));
    }

    private void logIn(ChromeDriver driver, String username) {
        driver.get(base + "/redaksi/masuk");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/redaksi/masuk'] button[type=submit]"))
                .click();
        wait(driver).until(ExpectedConditions.urlToBe(base + "/redaksi/"));
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100));
    }

    private static void screenshot(ChromeDriver driver, String name) throws Exception {
        var dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}

package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Chromium;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.LiveReports;
import id.redaksi.newsroom.Drafting;
import id.redaksi.newsroom.LiveCoverage;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Issue 15's "done when" for live reports, in two real browsers: a reader keeps a live report open at 1280 px while
 * its writer files three updates from the report's desk at a phone's 390 px; the reader's page offers "3 pembaruan
 * baru" without a reload, moving no text, and a click puts them on top, newest first.
 */
@PortalTest
class LiveReportBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Drafting drafting;

    @Autowired
    Newsroom newsroom;

    @Autowired
    LiveCoverage coverage;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Chromium.requireInstalled();
    }

    @Test
    void updatesFiledFromAPhoneArriveOnAnOpenReadersPageWithoutAReload() throws Exception {
        var site = fixtures.site().onLocalhost().create();
        var writer = fixtures.account(site, Role.WRITER);
        long report = liveReport(site, writer, "Banjir Lahar Dingin di Lereng Semeru");
        long earlier = coverage.post(
                writer, site.id(), report, new LiveReports.Draft("Hujan deras mengguyur sejak siang.", null));
        var base = "http://" + site.hosts().getFirst() + ":"
                + context.getWebServer().getPort();
        var reader = Chromium.open(temp);
        var phone = Chromium.open(temp);
        try {
            reader.get(base + "/baca/" + report);
            reader.executeScript("window.sameDocument = true;");
            var old = reader.findElement(By.id("pembaruan-" + earlier));
            long top = top(reader, old);
            assertThat(reader.findElement(By.cssSelector(".story .live-mark")).getText())
                    .isEqualTo("LIVE");

            login(phone, base, writer);
            phone.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            var desk = base + "/redaksi/" + site.slug() + "/cerita/" + report + "/langsung";
            phone.get(desk);
            fitsAPhone(phone);
            screenshot(phone, "desk-390");
            var texts = List.of(
                    "Aliran lahar mencapai Jembatan Gladak Perak.",
                    "Warga Curah Kobokan diminta mengungsi.",
                    "BPBD membuka posko di balai desa.");
            var saves = new ArrayList<Long>();
            for (var text : texts) {
                phone.findElement(By.id("teks")).sendKeys(text);
                var send = phone.findElement(By.id("send-update"));
                long start = System.nanoTime();
                send.click();
                var sent = new WebDriverWait(phone, Duration.ofSeconds(10), Duration.ofMillis(20));
                // the desk comes back as a new page, with the message of this send
                sent.until(ExpectedConditions.stalenessOf(send));
                sent.ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElements(By.id("live-status")).stream()
                                .anyMatch(e -> e.getText().equals("Pembaruan terkirim dan sudah tampil.")));
                saves.add((System.nanoTime() - start) / 1_000_000);
                assertThat(phone.findElement(By.id("teks")).getAttribute("value"))
                        .isEmpty();
            }
            System.out.println("Live update saves from the phone, ms (click to the desk shown again): " + saves);

            var banner = new WebDriverWait(reader, Duration.ofSeconds(50), Duration.ofMillis(250)).until(d -> {
                var b = d.findElement(By.cssSelector("#pembaruan .live-banner"));
                return b.isDisplayed() && b.getText().equals("3 pembaruan baru") ? b : null;
            });
            assertThat(reader.findElements(By.cssSelector("#pembaruan .live-update")))
                    .hasSize(1);
            assertThat(top(reader, old)).as("the banner moves no text").isEqualTo(top);
            screenshot(reader, "reader-banner-1280");

            banner.click();

            assertThat(reader.findElements(By.cssSelector("#pembaruan .live-update .live-text")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactly(
                            "BPBD membuka posko di balai desa.",
                            "Warga Curah Kobokan diminta mengungsi.",
                            "Aliran lahar mencapai Jembatan Gladak Perak.",
                            "Hujan deras mengguyur sejak siang.");
            assertThat(reader.findElement(By.cssSelector("#pembaruan .live-banner"))
                            .isDisplayed())
                    .isFalse();
            assertThat(reader.executeScript("return window.sameDocument === true;"))
                    .as("no reload")
                    .isEqualTo(true);
            assertThat(reader.findElements(By.cssSelector("#pembaruan .live-update time"))
                            .getFirst()
                            .getText())
                    .matches("\\d{2}\\.\\d{2} WIB");
            screenshot(reader, "reader-1280");
            assertThat(Chromium.console(reader)).noneMatch(line -> line.contains("Content Security Policy"));
            assertThat(Chromium.console(phone)).noneMatch(line -> line.contains("Content Security Policy"));

            // the same page at a phone's width: nothing wider than the screen
            reader.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            reader.navigate().refresh();
            assertThat((Long) reader.executeScript("return document.scrollingElement.scrollWidth;"))
                    .isLessThanOrEqualTo(390L);
            assertThat(reader.findElements(By.cssSelector("#pembaruan .live-update")))
                    .hasSize(4);
            screenshot(reader, "reader-390");
        } finally {
            reader.quit();
            phone.quit();
        }
    }

    private long liveReport(Site site, Actor writer, String title) {
        var editor = fixtures.account(site, Role.EDITOR);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, title));
        coverage.mark(writer, site.id(), story.id(), true);
        newsroom.publish(editor, site.id(), story.id());
        return story.id();
    }

    private static void login(ChromeDriver driver, String base, Actor who) {
        driver.get(base + "/redaksi/masuk");
        driver.findElement(By.id("username")).sendKeys(who.username());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/redaksi/masuk'] button[type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(base + "/redaksi/"));
    }

    /** 390 px wide with nothing scrolling sideways, every control 44 px high, the send button on the first screen. */
    private static void fitsAPhone(ChromeDriver driver) {
        assertThat(driver.executeScript("return innerWidth;")).isEqualTo(390L);
        assertThat((Long) driver.executeScript("return document.scrollingElement.scrollWidth;"))
                .isLessThanOrEqualTo(390L);
        var small = driver.executeScript("""
                return [...document.querySelectorAll('main button, main .button, main input:not([type=hidden]),'
                    + ' main select, main textarea, main summary')]
                  .filter(e => e.offsetParent !== null && !e.closest('dialog'))
                  .filter(e => e.getBoundingClientRect().height < 44)
                  .map(e => e.id || e.name || e.textContent.trim());
                """);
        assertThat((List<?>) small).isEmpty();
        var send = driver.findElement(By.id("send-update"));
        assertThat(driver.executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;",
                        send))
                .isEqualTo(true);
    }

    /** Where the element is on the page, in CSS pixels from its top. */
    private static long top(ChromeDriver driver, WebElement element) {
        return ((Number) driver.executeScript(
                        "return Math.round(arguments[0].getBoundingClientRect().top + scrollY);", element))
                .longValue();
    }

    private static void screenshot(ChromeDriver driver, String name) throws Exception {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("live-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}

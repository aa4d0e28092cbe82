package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Chromium;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.AdPlacement;
import id.redaksi.site.AdSlot;
import id.redaksi.site.SiteAds;
import id.redaksi.site.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The in-article ad as a reader's browser runs it: after the page, under the page's policy, without a jump. */
@PortalTest
class AdsBrowserIntegrationTests {

    /** What an ad network's tag does: an inline script that fills the slot, allowed by its hash alone. */
    private static final String CODE = "<div id=\"iklan-uji\" style=\"height:250px;background:#ddd\">Iklan uji</div>\n"
            + "<script>document.getElementById('iklan-uji').dataset.jalan = 'ya';</script>";

    @Autowired
    Fixtures fixtures;

    @Autowired
    Sites sites;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Chromium.requireInstalled();
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void theAdRunsAfterThePageInItsReservedHeightWithNothingRefusedAndNothingMoved(int width) throws Exception {
        var site = fixtures.site().onLocalhost().create();
        long article = fixtures.article(site).paragraphs(8).publish();
        sites.changeAds(
                site.id(),
                new SiteAds(
                        3,
                        List.of("https://securepubads.g.doubleclick.net"),
                        "",
                        Map.of(AdPlacement.IN_ARTICLE, new AdSlot(AdPlacement.IN_ARTICLE, CODE, "", "", null, 250))));
        var driver = Chromium.open(temp);
        try {
            driver.manage().window().setSize(new Dimension(width, 900));
            driver.get("http://" + site.hosts().getFirst() + ":"
                    + context.getWebServer().getPort() + "/baca/" + article);

            new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100))
                    .until(d -> "ya".equals(d.findElement(By.id("iklan-uji")).getDomAttribute("data-jalan")));
            var shift = driver.executeAsyncScript("""
                    var done = arguments[arguments.length - 1], total = 0;
                    new PerformanceObserver(function (list) {
                      list.getEntries().forEach(function (e) { if (!e.hadRecentInput) total += e.value; });
                    }).observe({type: 'layout-shift', buffered: true});
                    setTimeout(function () { done(total); }, 300);
                    """);
            var space = driver.findElement(By.cssSelector(".story-body .ad-in-article .ad-space"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", space);
            screenshot(driver, "ads-" + width);

            assertThat(space.getSize().getHeight()).isEqualTo(250);
            assertThat(space.getSize().getWidth()).isLessThanOrEqualTo(width);
            assertThat(((Number) shift).doubleValue()).isEqualTo(0.0);
            assertThat(driver.findElement(By.cssSelector(".ad-in-article .ad-label"))
                            .getText())
                    .isEqualToIgnoringCase("Iklan");
            assertThat(Chromium.console(driver)).noneMatch(line -> line.contains("Content Security Policy"));

            driver.get("http://" + site.hosts().getFirst() + ":"
                    + context.getWebServer().getPort() + "/baca/"
                    + fixtures.article(site).sponsoredBy("Toko Bangunan Jaya").publish());
            screenshot(driver, "advertorial-" + width);
            var label = driver.findElement(By.cssSelector(".sponsored-label"));
            assertThat(label.getText()).isEqualTo("Advertorial · Konten Kerja Sama dengan Toko Bangunan Jaya");
            assertThat(label.getRect().getX() + label.getRect().getWidth()).isLessThanOrEqualTo(width);
        } finally {
            driver.quit();
        }
    }

    /** Kept under target/ for a person to look at the page as the test saw it. */
    private static void screenshot(org.openqa.selenium.chrome.ChromeDriver driver, String name) throws Exception {
        Files.copy(
                driver.getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

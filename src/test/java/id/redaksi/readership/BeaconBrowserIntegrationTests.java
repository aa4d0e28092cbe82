package id.redaksi.readership;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Chromium;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The read beacon as a reader's browser runs it, under the page's real Content-Security-Policy. */
@PortalTest
class BeaconBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    HitCounter counter;

    @Autowired
    ReadCounts counts;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Chromium.requireInstalled();
    }

    @Test
    void anArticleShownInABrowserIsCountedOnceWithoutAnyScriptRefused() throws Exception {
        var site = fixtures.site().onLocalhost().create();
        long article =
                fixtures.article(site).title("Jembatan Baru Dibuka untuk Warga").publish();
        var driver = Chromium.open(temp);
        try {
            driver.get("http://" + site.hosts().getFirst() + ":"
                    + context.getWebServer().getPort() + "/baca/" + article);
            assertThat(driver.findElement(By.cssSelector("h1.story-title")).getText())
                    .isEqualTo("Jembatan Baru Dibuka untuk Warga");

            new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(200)).until(d -> {
                counter.flush();
                return counts.total(article) > 0;
            });
            driver.navigate().refresh();
            assertThat(driver.findElement(By.cssSelector("h1.story-title")).getText())
                    .isEqualTo("Jembatan Baru Dibuka untuk Warga");
            Thread.sleep(500);
            counter.flush();

            assertThat(counts.total(article)).isEqualTo(1);
            assertThat(Chromium.console(driver)).noneMatch(line -> line.contains("Content Security Policy"));
        } finally {
            driver.quit();
        }
    }
}

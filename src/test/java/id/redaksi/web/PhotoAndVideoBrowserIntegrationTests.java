package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Chromium;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.media.MediaLibrary;
import id.redaksi.media.TestImages;
import id.redaksi.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A video story and a photo story as readers' browsers show them, under the page's real Content-Security-Policy, at a
 * desktop's 1280 px and a phone's 390 px: nothing from another site before the reader presses play, the pictures one
 * under another, the arrow keys, and share links that fit.
 */
@PortalTest
class PhotoAndVideoBrowserIntegrationTests {

    private static final List<Integer> WIDTHS = List.of(1280, 390);

    @Autowired
    Fixtures fixtures;

    @Autowired
    MediaLibrary media;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    Path temp;

    Site site;

    @BeforeAll
    static void chromiumIsInstalled() {
        Chromium.requireInstalled();
    }

    @BeforeEach
    void setUp() {
        site = fixtures.site().onLocalhost().create();
    }

    @Test
    void aVideoStoryRequestsNothingFromAnotherSiteUntilPlayThenOnlyTheNoCookiePlayer() throws Exception {
        long poster = media.upload(site.id(), TestImages.jpeg(1600, 900), "banjir.jpg", "Banjir")
                .id();
        long id = fixtures.article(site)
                .title("Banjir Bandang di Batu")
                .image(poster)
                .video("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
                .publish();
        var driver = Chromium.open(temp);
        try {
            for (int width : WIDTHS) {
                driver.manage().window().setSize(new Dimension(width, 1000));
                driver.get(origin() + "/baca/" + id);
                waitUntilLoaded(driver);
                var play = driver.findElement(By.cssSelector(".video-play"));
                assertThat(play.isDisplayed()).isTrue();
                assertThat(play.getSize().getHeight()).isGreaterThanOrEqualTo(44);
                assertThat(script(driver, "return document.querySelectorAll('iframe').length"))
                        .isEqualTo(0L);
                assertThat(resources(driver)).isNotEmpty().allMatch(name -> name.startsWith(origin() + "/"));
                assertThat(pageWidth(driver)).isLessThanOrEqualTo(width);
                screenshot(driver, "video-" + width);

                play.click();

                var player = driver.findElement(By.cssSelector(".video-frame iframe"));
                assertThat(player.getAttribute("src"))
                        .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
                assertThat(player.getAttribute("title")).isEqualTo("Banjir Bandang di Batu");
            }
            assertThat(Chromium.console(driver)).noneMatch(line -> line.contains("Content Security Policy"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void aPhotoStoryShowsItsPicturesLargeOneUnderAnotherAndTheArrowKeysMoveBetweenThem() throws Exception {
        long first = media.upload(site.id(), TestImages.jpeg(1600, 1067), "satu.jpg", "")
                .id();
        long second = media.upload(site.id(), TestImages.jpeg(1600, 1067), "dua.jpg", "")
                .id();
        long third = media.upload(site.id(), TestImages.jpeg(1600, 1067), "tiga.jpg", "")
                .id();
        long id = fixtures.article(site)
                .title("Karnaval Agustusan")
                .withoutImage()
                .gallery(first, second, third)
                .publish();
        var driver = Chromium.open(temp);
        try {
            for (int width : WIDTHS) {
                driver.manage().window().setSize(new Dimension(width, 1000));
                driver.get(origin() + "/baca/" + id);
                waitUntilLoaded(driver);
                var pictures = driver.findElements(By.cssSelector(".gallery-picture img"));
                assertThat(pictures).hasSize(3);
                var top = pictures.get(0).getRect();
                var next = pictures.get(1).getRect();
                assertThat(next.getY()).isGreaterThan(top.getY() + top.getHeight());
                assertThat(next.getX()).isEqualTo(top.getX());
                int body = driver.findElement(By.cssSelector(".story-body"))
                        .getSize()
                        .getWidth();
                assertThat(top.getWidth()).isGreaterThanOrEqualTo(width == 1280 ? 1000 : body);
                assertThat(pageWidth(driver)).isLessThanOrEqualTo(width);
                for (var link : driver.findElements(By.cssSelector(".share a.share-link"))) {
                    assertThat(link.getSize().getHeight()).isGreaterThanOrEqualTo(44);
                    assertThat(link.getRect().getX() + link.getRect().getWidth())
                            .isLessThanOrEqualTo(width);
                }
                screenshot(driver, "photo-story-" + width);

                driver.findElement(By.id("foto-1")).sendKeys(Keys.ARROW_RIGHT);
                assertThat(activeId(driver)).isEqualTo("foto-2");
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
                assertThat(activeId(driver)).isEqualTo("foto-3");
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
                assertThat(activeId(driver)).isEqualTo("foto-3");
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
                assertThat(activeId(driver)).isEqualTo("foto-2");
            }
            assertThat(Chromium.console(driver)).noneMatch(line -> line.contains("Content Security Policy"));
        } finally {
            driver.quit();
        }
    }

    private String origin() {
        return "http://" + site.hosts().getFirst() + ":"
                + context.getWebServer().getPort();
    }

    private static void waitUntilLoaded(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100))
                .until(d -> "complete".equals(script(driver, "return document.readyState")));
    }

    /** Every address the page fetched (pictures, style, scripts), as the browser's resource timing lists them. */
    @SuppressWarnings("unchecked")
    private static List<String> resources(ChromeDriver driver) {
        return (List<String>) script(driver, "return performance.getEntriesByType('resource').map(e => e.name)");
    }

    private static long pageWidth(ChromeDriver driver) {
        return (Long) script(driver, "return document.documentElement.scrollWidth");
    }

    private static String activeId(ChromeDriver driver) {
        return (String) script(driver, "return document.activeElement.id");
    }

    private static Object script(ChromeDriver driver, String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }

    private static void screenshot(ChromeDriver driver, String name) throws Exception {
        var dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}

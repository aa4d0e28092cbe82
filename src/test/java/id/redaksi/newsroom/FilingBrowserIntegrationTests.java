package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Chromium;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.media.MediaLibrary;
import id.redaksi.media.TestImages;
import id.redaksi.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Filing fast in a real browser: the lead picture chosen by its thumbnail, uploaded in place, its caption and credit
 * offered again; and the desk at a phone's 390 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilingBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MediaLibrary media;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    static Path temp;

    ChromeDriver driver;
    WebDriverWait wait;
    Site site;
    Actor writer;
    String base;

    @BeforeAll
    void browser() throws Exception {
        Chromium.requireInstalled();
        site = fixtures.site().onLocalhost().create();
        writer = fixtures.account(site, Role.WRITER);
        base = "http://" + site.hosts().getFirst() + ":"
                + context.getWebServer().getPort();
        driver = Chromium.open(temp);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100));
        driver.get(base + "/redaksi/masuk");
        driver.findElement(By.id("username")).sendKeys(writer.username());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/redaksi/masuk'] button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.urlToBe(base + "/redaksi/"));
    }

    @BeforeEach
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(1280, 1600));
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aPictureIsChosenByItsThumbnailAndItsCaptionAndCreditAreOfferedTheSecondTime() throws Exception {
        var harbour = media.upload(site.id(), TestImages.jpeg(800, 600), "pelabuhan.jpg", "Kapal di pelabuhan");
        newStory("Kapal pinisi kembali berlayar");

        pick();
        var thumbnail = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".picker-item[data-id='" + harbour.id() + "']")));
        assertThat(thumbnail.findElement(By.tagName("img")).getAttribute("src"))
                .isEqualTo(base + harbour.renditions().getFirst().path());
        screenshot("picker-1280");
        thumbnail.click();

        assertThat(driver.findElement(By.id("imageId")).getAttribute("value")).isEqualTo(String.valueOf(harbour.id()));
        assertThat(driver.findElement(By.id("imageId")).getAttribute("type")).isEqualTo("hidden");
        driver.findElement(By.id("imageCaption")).sendKeys("Pinisi di Sunda Kelapa");
        driver.findElement(By.id("imageCredit")).sendKeys("ANTARA/Rina");
        save();

        newStory("Pelabuhan ramai lagi");
        pick();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".picker-item[data-id='" + harbour.id() + "']")))
                .click();

        assertThat(driver.findElement(By.id("imageCaption")).getAttribute("value"))
                .isEqualTo("Pinisi di Sunda Kelapa");
        assertThat(driver.findElement(By.id("imageCredit")).getAttribute("value"))
                .isEqualTo("ANTARA/Rina");
        assertThat(Chromium.console(driver)).noneMatch(line -> line.contains("Content Security Policy"));
    }

    @Test
    void aPhotoUploadedInThePickerBecomesTheLeadPicture() throws Exception {
        var photo = temp.resolve("kamera.jpg");
        Files.write(photo, TestImages.jpeg(1200, 900));
        newStory("Banjir di Kampung Melayu");

        pick();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("picker-search")));
        driver.findElement(By.id("picker-alt")).sendKeys("Warga mengungsi");
        driver.findElement(By.id("picker-file")).sendKeys(photo.toString());

        wait.until(d -> !d.findElement(By.id("imageId")).getAttribute("value").isEmpty());
        long id = Long.parseLong(driver.findElement(By.id("imageId")).getAttribute("value"));
        var stored = media.find(site.id(), id).orElseThrow();
        assertThat(stored.alt()).isEqualTo("Warga mengungsi");
        assertThat(stored.width()).isEqualTo(1200);
        assertThat(driver.findElement(By.id("lead-picture-thumb")).getAttribute("src"))
                .isEqualTo(base + stored.renditions().getFirst().path());
        save();
        assertThat(driver.findElement(By.id("imageId")).getAttribute("value")).isEqualTo(String.valueOf(id));
    }

    @Test
    void atAPhonesWidthTheDeskFitsTheScreenAndSaveStaysInReach() throws Exception {
        newStory("Jalan Tol Trans Jawa dibuka untuk mudik Lebaran tahun ini");
        save();
        var story = driver.getCurrentUrl();
        screenshot("editor-1280");
        driver.get(base + "/redaksi/" + site.slug() + "/cerita");
        screenshot("stories-1280");
        // a phone's viewport: 390 CSS pixels wide, scrollbars overlaid as on a phone
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));

        for (var page : List.of(base + "/redaksi/", base + "/redaksi/" + site.slug() + "/cerita", story)) {
            driver.get(page);
            assertThat(driver.executeScript("return innerWidth;")).as(page).isEqualTo(390L);
            assertThat((Long) driver.executeScript("return document.scrollingElement.scrollWidth;"))
                    .as(page)
                    .isLessThanOrEqualTo(390L);
            var small = driver.executeScript("""
                    return [...document.querySelectorAll('main button, main .button, main input:not([type=hidden]),'
                        + ' main select')]
                      .filter(e => e.offsetParent !== null && !e.closest('dialog') && !e.closest('.tox'))
                      .filter(e => { const r = e.getBoundingClientRect(); return r.height < 44; })
                      .map(e => e.id || e.name || e.textContent.trim());
                    """);
            assertThat((List<?>) small).as(page).isEmpty();
        }
        screenshot("editor-390");
        var save = driver.findElement(By.id("save"));
        assertThat(driver.executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;",
                        save))
                .isEqualTo(true);
        driver.get(base + "/redaksi/" + site.slug() + "/cerita");
        screenshot("stories-390");
    }

    @Test
    void aPhotoStoryTakesItsPicturesFromThePickerInTheOrderShownAndKeepsThemWhenSaved() throws Exception {
        var first = media.upload(site.id(), TestImages.jpeg(800, 600), "sapi.jpg", "Karapan sapi");
        var second = media.upload(site.id(), TestImages.jpeg(800, 600), "joki.jpg", "Joki karapan");
        newStory("Karapan Sapi Bangkalan");

        addToGallery(first.id());
        addToGallery(second.id());
        driver.findElement(By.id("gallery-0-caption")).sendKeys("Sapi berlari, Minggu.");
        driver.findElement(By.id("gallery-1-caption")).sendKeys("Joki bersiap.");
        driver.findElement(By.id("gallery-1-credit")).sendKeys("Rina");
        var up = driver.findElements(By.cssSelector("#gallery-items li"))
                .get(1)
                .findElement(By.cssSelector("[data-move='-1']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", up);
        up.click();
        screenshot("gallery-1280");
        save();

        assertThat(driver.findElements(By.cssSelector("#gallery-items input[data-field=imageId]")).stream()
                        .map(input -> input.getAttribute("value"))
                        .toList())
                .containsExactly(String.valueOf(second.id()), String.valueOf(first.id()), "");
        assertThat(driver.findElement(By.id("gallery-0-caption")).getAttribute("value"))
                .isEqualTo("Joki bersiap.");
        assertThat(driver.findElement(By.id("gallery-0-credit")).getAttribute("value"))
                .isEqualTo("Rina");
        assertThat(driver.findElement(By.id("gallery-1-caption")).getAttribute("value"))
                .isEqualTo("Sapi berlari, Minggu.");
        assertThat(Chromium.console(driver)).noneMatch(line -> line.contains("Content Security Policy"));
    }

    private void addToGallery(long mediaId) {
        var add = driver.findElement(By.id("add-gallery-picture"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", add);
        add.click();
        // the picker may draw its list again while it loads: find the item afresh until a click lands
        var item = By.cssSelector(".picker-item[data-id='" + mediaId + "']");
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            var found = d.findElement(item);
            if (!found.isDisplayed() || !found.isEnabled()) {
                return false;
            }
            found.click();
            return true;
        });
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("picture-picker")));
    }

    private void newStory(String title) {
        driver.get(base + "/redaksi/" + site.slug() + "/cerita/baru");
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !!(window.tinymce && tinymce.get('body') && tinymce.get('body').initialized);")));
        driver.findElement(By.id("title")).sendKeys(title);
    }

    /** The sticky action bar may cover what sits at the bottom of the window, as it would for a person scrolling. */
    private void pick() {
        var button = driver.findElement(By.id("pick-picture"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    private void save() {
        var before = driver.getCurrentUrl();
        driver.findElement(By.id("save")).click();
        wait.until(d -> d.findElements(By.cssSelector(".alert[role=status]")).stream()
                .anyMatch(e -> e.getText().equals("Tersimpan.")));
        assertThat(driver.getCurrentUrl()).isNotEqualTo(before.endsWith("/baru") ? before : "");
    }

    private void screenshot(String name) throws Exception {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("filing-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}

package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.People;
import id.redaksi.article.Person;
import id.redaksi.site.Site;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The newsroom end to end in a real headless Chromium: a writer uploads a picture and writes a story with two
 * writers, an editor sends it back with a note, the writer fixes it, the editor schedules it, and the scheduler
 * puts it on the public site. Every step is a click or keystroke in the real pages.
 *
 * <p>Chromium and chromedriver come from Debian ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); Selenium
 * Manager never runs, so nothing is downloaded. In CI ({@code CI=true}) their absence fails the test; on a
 * developer machine without them the test is skipped.
 */
@PortalTest
class NewsroomBrowserIntegrationTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration STEP = Duration.ofSeconds(15);
    private static final Duration PUBLICATION_DEADLINE = Duration.ofSeconds(90);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    People people;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    Path temp;

    private final Map<String, WebDriver> drivers = new LinkedHashMap<>();

    @BeforeAll
    static void chromiumIsInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        var message = "The browser test needs Debian's chromium and chromium-driver packages (" + CHROMIUM + ", "
                + CHROMEDRIVER + "): apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(installed, message);
        } else {
            assumeTrue(installed, message + "; skipped outside CI");
        }
    }

    @BeforeEach
    void forgetEarlierFailures() throws IOException {
        for (var name : List.of("penulis", "editor")) {
            Files.deleteIfExists(SCREENSHOTS.resolve("failure-" + name + ".html"));
            Files.deleteIfExists(SCREENSHOTS.resolve("failure-" + name + ".png"));
        }
    }

    @AfterEach
    void quitBrowsers() {
        drivers.values().forEach(WebDriver::quit);
    }

    @Test
    void aStoryGoesFromTheWritersKeyboardThroughReviewAndScheduleToTheReader() throws Exception {
        try {
            walkThroughTheNewsroom();
        } catch (Throwable failure) {
            dumpPages();
            throw failure;
        }
    }

    private void walkThroughTheNewsroom() throws Exception {
        Site site = fixtures.site()
                .onLocalhost()
                .named("Warta Peramban")
                .rubrics("Politik", "Ekonomi")
                .create();
        Actor writer = fixtures.account(site, Role.WRITER);
        Actor editor = fixtures.account(site, Role.EDITOR);
        Person coWriter = fixtures.person("Rina Kartika");
        Person writerProfile = people.byIds(List.of(writer.personId())).getFirst();
        String base = "http://" + site.hosts().getFirst() + ":"
                + context.getWebServer().getPort();
        String desk = base + "/redaksi/" + site.slug();

        // the writer uploads the lead picture
        WebDriver w = open("penulis");
        logIn(w, base, writer);
        w.get(desk + "/media");
        w.findElement(By.id("berkas")).sendKeys(jpeg(1200, 675).toString());
        w.findElement(By.id("alt")).sendKeys("Warga menanam bibit di lereng");
        w.findElement(By.id("upload")).click();
        waitFor(w).until(ExpectedConditions.urlContains("?diunggah="));
        long imageId = number(w.getCurrentUrl(), "diunggah=(\\d+)");
        assertThat(w.findElement(By.cssSelector("p.alert[role=status]")).getText())
                .isEqualTo(
                        "Gambar #" + imageId + " diunggah. Pakai nomor " + imageId + " sebagai gambar utama berita.");
        assertThat(w.findElements(By.cssSelector(".media-grid figcaption")).stream()
                        .map(WebElement::getText))
                .anyMatch(caption -> caption.startsWith("#" + imageId + " · 1200×675"));

        // ... and writes the story
        w.get(desk + "/cerita");
        w.findElement(By.linkText("Tulis berita")).click();
        waitFor(w).until(ExpectedConditions.urlToBe(desk + "/cerita/baru"));
        w.findElement(By.id("title")).sendKeys("Seribu Pohon Ditanam di Lereng Gunung Oleh Warga Desa Yang Peduli");
        w.findElement(By.id("lead")).sendKeys("Warga tiga dusun menanam seribu bibit pohon untuk mencegah longsor.");
        typeIntoBodyEditor(w, "Sejak pagi warga membawa cangkul dan bibit.", "Kepala desa ikut menanam.");
        new Select(w.findElement(By.id("rubricId"))).selectByVisibleText("Ekonomi");
        // the writer is the first writer already; the co-writer is found by name in the writers' picker
        assertThat(w.findElements(By.cssSelector("#writers-picker input[type=hidden][name=writerIds]")).stream()
                        .map(input -> input.getAttribute("value")))
                .containsExactly(String.valueOf(writer.personId()));
        var writersSearch = w.findElement(By.id("writers-search"));
        ((JavascriptExecutor) w).executeScript("arguments[0].scrollIntoView({block: 'center'});", writersSearch);
        writersSearch.sendKeys("rina kar");
        waitFor(w)
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#writers-options [data-id='" + coWriter.id() + "']")))
                .click();
        // the lead picture is chosen by its thumbnail in the picker, no longer typed as a number
        var pick = w.findElement(By.id("pick-picture"));
        ((JavascriptExecutor) w).executeScript("arguments[0].scrollIntoView({block: 'center'});", pick);
        pick.click();
        waitFor(w)
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".picker-item[data-id='" + imageId + "']")))
                .click();
        assertThat(w.findElement(By.id("imageId")).getAttribute("value")).isEqualTo(String.valueOf(imageId));
        w.findElement(By.id("imageCaption")).sendKeys("Warga menanam bibit mahoni.");
        w.findElement(By.id("imageCredit")).sendKeys("Rina Kartika");
        w.findElement(By.id("save")).click();
        waitFor(w).until(ExpectedConditions.urlMatches("/cerita/\\d+$"));
        long storyId = number(w.getCurrentUrl(), "/cerita/(\\d+)$");
        String storyPage = desk + "/cerita/" + storyId;
        assertThat(statusMessage(w)).isEqualTo("Tersimpan.");
        assertThat(w.findElements(By.cssSelector("#writers-picker .chips li span"))
                        .get(1)
                        .getText())
                .isEqualTo("Rina Kartika");
        w.findElement(By.id("submit-story")).click();
        waitFor(w).until(d -> statusMessage(d).equals("Status sekarang: Diajukan."));

        // the editor sends it back with a note
        WebDriver e = open("editor");
        logIn(e, base, editor);
        e.get(storyPage);
        var note = "Judulnya terlalu panjang; cukup sebut seribu pohon dan lerengnya.";
        e.findElement(By.id("catatan")).sendKeys(note);
        e.findElement(By.id("request-changes")).click();
        waitFor(e).until(d -> statusMessage(d).equals("Status sekarang: Perlu perbaikan."));

        // the writer reads the note, fixes the title and submits again
        w.get(storyPage);
        assertThat(w.findElement(By.cssSelector(".review-note")).getText()).isEqualTo("Catatan editor: " + note);
        var title = w.findElement(By.id("title"));
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        title.sendKeys("Seribu Pohon Ditanam di Lereng Gunung");
        // the first save made the address from the first title; emptied, it is made again from the new one
        var slug = w.findElement(By.id("slug"));
        assertThat(slug.getAttribute("value"))
                .isEqualTo("seribu-pohon-ditanam-di-lereng-gunung-oleh-warga-desa-yang-peduli");
        slug.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        w.findElement(By.id("save")).click();
        waitFor(w).until(d -> statusMessage(d).equals("Tersimpan."));
        assertThat(w.findElement(By.cssSelector("h1")).getText()).startsWith("Seribu Pohon Ditanam di Lereng Gunung ");
        w.findElement(By.id("submit-story")).click();
        waitFor(w).until(d -> statusMessage(d).equals("Status sekarang: Diajukan."));

        // the editor credits themselves and schedules it for the next full minute in the site's zone
        e.get(storyPage);
        awaitBodyEditor(e);
        new Select(e.findElement(By.id("editorId"))).selectByValue(String.valueOf(editor.personId()));
        e.findElement(By.id("save")).click();
        waitFor(e).until(d -> statusMessage(d).equals("Tersimpan."));
        var now = LocalDateTime.now(site.zone());
        var at = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(now.getSecond() < 57 ? 1 : 2);
        var waktu = e.findElement(By.id("waktu"));
        // a datetime-local field takes keystrokes in the browser locale's own order; its value is set directly
        ((JavascriptExecutor) e)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        waktu,
                        at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        e.findElement(By.id("schedule")).click();
        waitFor(e).until(d -> statusMessage(d).equals("Status sekarang: Terjadwal."));
        assertThat(e.findElement(By.xpath("//p[starts-with(., 'Terjadwal terbit ')]"))
                        .getText())
                .contains(at.format(DateTimeFormatter.ofPattern("HH:mm")));

        // the scheduler publishes it; the reader's link /baca/{id} leads to the canonical address
        var redirect = new WebDriverWait(w, PUBLICATION_DEADLINE, Duration.ofSeconds(1)).until(d -> {
            var page = browser.get(site.hosts().getFirst(), "/baca/" + storyId);
            return page.status() == 301 ? page.header("Location") : null;
        });
        // published by the scheduler within seconds of the scheduled minute: /baca/{id}/{yyyyMMdd}/{HHmmss}/{slug}
        assertThat(redirect)
                .matches("/baca/" + storyId + "/" + at.format(DateTimeFormatter.ofPattern("yyyyMMdd/HHmm"))
                        + "\\d{2}/seribu-pohon-ditanam-di-lereng-gunung");
        w.get(base + "/baca/" + storyId);
        waitFor(w).until(ExpectedConditions.urlToBe(base + redirect));
        assertThat(w.findElement(By.cssSelector("h1.story-title")).getText())
                .isEqualTo("Seribu Pohon Ditanam di Lereng Gunung");
        assertThat(w.findElement(By.cssSelector(".byline .writers")).getText())
                .isEqualTo("Penulis : " + writerProfile.name() + " - Rina Kartika");
        assertThat(w.findElements(By.cssSelector(".byline .writers a")).stream()
                        .map(a -> a.getAttribute("href"))
                        .toList())
                .containsExactly(base + "/penulis/" + writerProfile.slug(), base + "/penulis/" + coWriter.slug());
        assertThat(w.findElement(By.cssSelector(".byline .editor")).getText())
                .isEqualTo("- Editor : Profil " + editor.username());
        assertThat(w.findElements(By.cssSelector(".story-body p")).stream().map(WebElement::getText))
                .containsExactly(
                        "WARTAPERAMBAN - Sejak pagi warga membawa cangkul dan bibit.", "Kepala desa ikut menanam.");
        var image = w.findElement(By.cssSelector("figure.lead-image img"));
        assertThat(image.getAttribute("src")).startsWith(base + "/media/");
        assertThat(image.getAttribute("alt")).isEqualTo("Warga menanam bibit di lereng");
        waitFor(w)
                .until(d -> ((Number) ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image))
                                .intValue()
                        > 0);
        assertThat(w.findElement(By.cssSelector("figure.lead-image figcaption")).getText())
                .isEqualTo("Warga menanam bibit mahoni. (Foto: Rina Kartika)");
        screenshot(w, "newsroom-published-article");
    }

    /** Types paragraphs into TinyMCE's editing iframe, as a writer does, then checks the editor took them. */
    private static void typeIntoBodyEditor(WebDriver driver, String... paragraphs) {
        awaitBodyEditor(driver);
        driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.tox-edit-area__iframe")));
        var body = driver.findElement(By.id("tinymce"));
        body.click();
        body.sendKeys(String.join(Keys.ENTER.toString(), paragraphs));
        driver.switchTo().defaultContent();
        var html = (String) ((JavascriptExecutor) driver).executeScript("return tinymce.get('body').getContent();");
        var expected = new StringBuilder();
        for (var p : paragraphs) {
            expected.append("<p>").append(p).append("</p>\n");
        }
        assertThat(html).isEqualTo(expected.toString().strip());
    }

    private static void awaitBodyEditor(WebDriver driver) {
        waitFor(driver)
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return !!(window.tinymce && tinymce.get('body') && tinymce.get('body').initialized);")));
    }

    private static void logIn(WebDriver driver, String base, Actor actor) {
        driver.get(base + "/redaksi/masuk");
        driver.findElement(By.id("username")).sendKeys(actor.username());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/redaksi/masuk'] button[type=submit]"))
                .click();
        waitFor(driver).until(ExpectedConditions.urlToBe(base + "/redaksi/"));
    }

    private static String statusMessage(WebDriver driver) {
        var alerts = driver.findElements(By.cssSelector("p.alert[role=status]"));
        return alerts.isEmpty() ? "" : alerts.getFirst().getText();
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        return (WebDriverWait)
                new WebDriverWait(driver, STEP, Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class);
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return Long.parseLong(m.group(1));
    }

    private Path jpeg(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(34, 120, 60), width, height, new Color(200, 220, 120)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var file = temp.resolve("lereng.jpg");
        assertThat(ImageIO.write(image, "jpg", file.toFile())).isTrue();
        return file;
    }

    private WebDriver open(String name) throws IOException {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--lang=id-ID",
                "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-" + name));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        drivers.put(name, driver);
        return driver;
    }

    private void dumpPages() {
        for (var entry : drivers.entrySet()) {
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.writeString(
                        SCREENSHOTS.resolve("failure-" + entry.getKey() + ".html"),
                        "<!-- " + entry.getValue().getCurrentUrl() + " -->\n"
                                + entry.getValue().getPageSource(),
                        StandardCharsets.UTF_8);
                screenshot(entry.getValue(), "failure-" + entry.getKey());
            } catch (RuntimeException | IOException e) {
                System.err.println("Could not save the " + entry.getKey() + " browser's page: " + e);
            }
        }
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

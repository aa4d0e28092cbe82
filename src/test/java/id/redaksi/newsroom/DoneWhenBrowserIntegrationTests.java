package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Chromium;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.Topics;
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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The issue's "done when", tried as a new user would in a real browser at a desktop's 1280 px and a phone's 390 px: a
 * writer files a story with a photo taken in the picker and a topic chosen by name, an editor finds it in *Menunggu
 * review* and returns it with a note, the writer answers in the thread and resubmits, the editor publishes, and the
 * article shows the photo and every word typed. Each page the people pass through fits the width, keeps its primary
 * action in reach and every control at least 44 px; the writer's time is logged (not asserted: machines differ).
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoneWhenBrowserIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(DoneWhenBrowserIntegrationTests.class);

    /** Every control a finger presses on a desk page, visible, with its size; links in running text included. */
    private static final String SMALL_TARGETS = """
            return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea,'
                + ' [role=option], .tox-tbtn')]
              .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
              .filter(e => !e.closest('dialog:not([open])') && !e.classList.contains('visually-hidden'))
              // a checkbox is pressed anywhere on its label
              .map(e => [e, (e.closest('label') && /^(checkbox|radio)$/.test(e.type) ? e.closest('label') : e)
                  .getBoundingClientRect()])
              .filter(([e, r]) => r.width > 0 && (r.height < 44 || r.width < 44))
              .map(([e, r]) => (e.id || e.name || e.getAttribute('aria-label') || e.textContent.trim()).slice(0, 40)
                + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
            """;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Topics topics;

    @Autowired
    MediaLibrary media;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    static Path temp;

    Site site;
    Actor writer;
    Actor editor;
    String base;
    ChromeDriver w;
    ChromeDriver e;

    @BeforeAll
    void browsers() throws Exception {
        Chromium.requireInstalled();
        site = fixtures.site().onLocalhost().rubrics("Politik", "Ekonomi").create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
        fixtures.topic(site, "Pilkada Serentak");
        base = "http://" + site.hosts().getFirst() + ":"
                + context.getWebServer().getPort();
        w = Chromium.open(temp);
        e = Chromium.open(temp);
        logIn(w, writer);
        logIn(e, editor);
    }

    @AfterAll
    void quit() {
        for (var driver : new ChromeDriver[] {w, e}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void aWriterFilesWithAPhotoAndTheEditorReturnsAndPublishesWithoutLosingAWord(int width) throws Exception {
        viewport(w, width);
        viewport(e, width);
        var title = "Debat Calon Bupati Digelar di Alun-alun " + width;
        var lead = "Tiga pasangan calon beradu gagasan soal air bersih di depan ribuan warga.";
        var first = "Debat dimulai pukul 19.00 dan berlangsung dua jam.";
        var second = "Warga membawa spanduk berisi pertanyaan mereka sendiri.";
        var caption = "Pasangan calon di panggung debat, " + width;
        var credit = "ANTARA/Rina";
        var newTopic = "Debat Publik " + width;
        var photo = temp.resolve("kamera-" + width + ".jpg");
        Files.write(photo, TestImages.jpeg(1600, 1200));

        // the writer, from the desk's home, files the story
        long started = System.nanoTime();
        w.get(base + "/redaksi/");
        fits(w, "home");
        screenshot(w, "writer-home", width);
        w.findElement(By.linkText("Tulis berita")).click();
        awaitEditor(w);
        primaryInReach(w, "save");
        fits(w, "new story");
        speaksIndonesian(w);
        w.findElement(By.id("title")).sendKeys(title);
        w.findElement(By.id("lead")).sendKeys(lead);
        typeIntoBody(w, first, second);
        new Select(w.findElement(By.id("rubricId"))).selectByVisibleText("Politik");
        assertThat(chips(w, "writers")).containsExactly("Profil " + writer.username());
        // a typo finds the topic the site has, and a new one is made only by choosing it as new
        choose(w, "topics", "pilkda", "Pilkada Serentak", List.of("Pilkada Serentak", "Buat topik baru: pilkda"));
        // (at 390 px the site has the topic the 1280 px run made, which looks alike and is offered first)
        choose(w, "topics", newTopic, "Buat topik baru: " + newTopic, null);
        assertThat(chips(w, "topics")).containsExactly("Pilkada Serentak", newTopic + " (baru)");
        screenshot(w, "writer-topics", width);
        // the photo comes from the camera, uploaded in place from the picker
        click(w, By.id("pick-picture"));
        wait(w).until(ExpectedConditions.visibilityOfElementLocated(By.id("picker-search")));
        fits(w, "picker");
        screenshot(w, "writer-picker", width);
        w.findElement(By.id("picker-alt")).sendKeys("Panggung debat");
        w.findElement(By.id("picker-file")).sendKeys(photo.toString());
        wait(w).until(d ->
                !d.findElement(By.id("imageId")).getAttribute("value").isEmpty());
        long imageId = Long.parseLong(w.findElement(By.id("imageId")).getAttribute("value"));
        w.findElement(By.id("imageCaption")).sendKeys(caption);
        w.findElement(By.id("imageCredit")).sendKeys(credit);
        screenshot(w, "writer-filled", width);
        primaryInReach(w, "submit-story");
        w.findElement(By.id("submit-story")).click();
        wait(w).until(d -> status(d).equals("Status sekarang: Diajukan."));
        long writerMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        log.info(
                "done-when walk-through at {} px: the writer filed the story with a photo in {} ms",
                width,
                writerMillis);

        long id = Long.parseLong(w.getCurrentUrl().replaceAll(".*/cerita/(\\d+).*", "$1"));
        var filed = newsroom.find(site.id(), id).draft();
        assertThat(filed.title()).isEqualTo(title);
        assertThat(filed.lead()).isEqualTo(lead);
        assertThat(paragraphs(filed.bodyHtml())).containsExactly(first, second);
        assertThat(filed.rubricId())
                .isEqualTo(site.rubrics().stream()
                        .filter(r -> r.name().equals("Politik"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        assertThat(filed.writerIds()).containsExactly(writer.personId());
        assertThat(topics.byIds(filed.topicIds()).stream().map(t -> t.name()))
                .containsExactlyInAnyOrder("Pilkada Serentak", newTopic);
        assertThat(filed.imageId()).isEqualTo(imageId);
        assertThat(filed.imageCaption()).isEqualTo(caption);
        assertThat(filed.imageCredit()).isEqualTo(credit);

        // the editor finds it waiting for review and returns it with a note
        e.get(base + "/redaksi/");
        fits(e, "editor's home");
        e.findElement(By.cssSelector("#menunggu-review"))
                .findElement(By.linkText(title))
                .click();
        awaitEditor(e);
        fits(e, "story for review");
        var note = "Sebutkan nama ketiga pasangan calon di paragraf kedua.";
        var noteField = e.findElement(By.id("catatan"));
        scrollTo(e, noteField);
        noteField.sendKeys(note);
        click(e, By.id("request-changes"));
        wait(e).until(d -> status(d).equals("Status sekarang: Perlu perbaikan."));

        // the writer sees the note where they edit, answers in the thread, fixes the story and resubmits
        w.get(base + "/redaksi/");
        w.findElement(By.cssSelector("#perlu-perbaikan"))
                .findElement(By.linkText(title))
                .click();
        awaitEditor(w);
        assertThat(w.findElement(By.cssSelector(".review-note")).getText()).isEqualTo("Catatan editor: " + note);
        screenshot(w, "writer-returned", width);
        // they add the missing names, then answer in the thread: leaving by the note's form autosaves the story first
        var third = "Pasangan Ani-Budi, Citra-Dedi dan Eka-Fajar hadir lengkap.";
        typeIntoBody(w, first, second, third);
        var answer = "Sudah saya tambahkan, nama pasangan ada di paragraf kedua.";
        var answerField = w.findElement(By.id("note-body"));
        scrollTo(w, answerField);
        answerField.sendKeys(answer);
        click(w, By.id("add-note"));
        wait(w).until(d -> status(d).equals("Catatan terkirim."));
        awaitEditor(w);
        assertThat(w.findElements(By.cssSelector("#catatan-naskah .note-body")).stream()
                        .map(WebElement::getText))
                .containsExactly(note, answer);
        // what they typed before the note is offered back, and restored whole
        click(w, By.cssSelector(".autosave-offer a"));
        awaitEditor(w);
        assertThat(paragraphs((String) w.executeScript("return tinymce.get('body').getContent();")))
                .containsExactly(first, second, third);
        fits(w, "returned story");
        primaryInReach(w, "submit-story");
        w.findElement(By.id("submit-story")).click();
        wait(w).until(d -> status(d).equals("Status sekarang: Diajukan."));
        assertThat(paragraphs(newsroom.find(site.id(), id).draft().bodyHtml())).containsExactly(first, second, third);

        // the editor publishes from the bar beside Simpan
        e.get(base + "/redaksi/");
        e.findElement(By.cssSelector("#menunggu-review"))
                .findElement(By.linkText(title))
                .click();
        awaitEditor(e);
        assertThat(e.findElements(By.cssSelector("#catatan-naskah .note-body")).stream()
                        .map(WebElement::getText))
                .containsExactly(note, answer);
        primaryInReach(e, "publish");
        screenshot(e, "editor-publishes", width);
        e.findElement(By.id("publish")).click();
        wait(e).until(d -> status(d).equals("Status sekarang: Terbit."));

        // readers see the photo and every word
        e.get(base + "/baca/" + id);
        assertThat(e.findElement(By.cssSelector("h1.story-title")).getText()).isEqualTo(title);
        assertThat(e.findElement(By.cssSelector("meta[name=description]")).getAttribute("content"))
                .isEqualTo(lead);
        assertThat(e.findElements(By.cssSelector(".story-body p")).stream().map(WebElement::getText))
                .containsSubsequence(site.dateline() + " - " + first, second, third);
        var picture = media.find(site.id(), imageId).orElseThrow();
        assertThat(e.findElement(By.cssSelector("figure.lead-image img")).getAttribute("src"))
                .isEqualTo(base + picture.path());
        assertThat(e.findElement(By.cssSelector("figure.lead-image figcaption")).getText())
                .isEqualTo(caption + " (Foto: " + credit + ")");
        screenshot(e, "article", width);
    }

    private static List<String> paragraphs(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).select("p").eachText();
    }

    private void viewport(ChromeDriver driver, int width) {
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

    private void logIn(ChromeDriver driver, Actor actor) {
        driver.get(base + "/redaksi/masuk");
        driver.findElement(By.id("username")).sendKeys(actor.username());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/redaksi/masuk'] button[type=submit]"))
                .click();
        wait(driver).until(ExpectedConditions.urlToBe(base + "/redaksi/"));
    }

    /**
     * The page fits its width (no sideways scroll) and, on a phone, nothing a finger presses is smaller than 44 px (a
     * desktop's mouse points finer; its links stay text-sized).
     */
    private void fits(ChromeDriver driver, String page) {
        assertThat((Long) driver.executeScript("return document.scrollingElement.scrollWidth - innerWidth;"))
                .as(page + ": sideways scroll")
                .isLessThanOrEqualTo(0L);
        if ((Long) driver.executeScript("return innerWidth;") > 600) {
            return;
        }
        assertThat((List<?>) driver.executeScript(SMALL_TARGETS))
                .as(page + ": targets under 44 px")
                .isEmpty();
    }

    /** The button is on screen, whole, as the page stands (the sticky bar keeps it there however long the form). */
    private void primaryInReach(ChromeDriver driver, String id) {
        var button = driver.findElement(By.id(id));
        assertThat(driver.executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= innerHeight && r.height >= 44;",
                        button))
                .as(id + " in reach")
                .isEqualTo(true);
    }

    /**
     * Every word the body editor shows (labels, tooltips, menus, the overflow of a narrow toolbar) is one of our
     * Indonesian translations or one of our Indonesian block names: nothing is left in TinyMCE's English.
     */
    private void speaksIndonesian(ChromeDriver driver) {
        var more = driver
                .findElements(By.cssSelector(".tox-tbtn[data-mce-name=overflow-button], .tox-tbtn[aria-label]"))
                .stream()
                .filter(b -> "Lainnya…".equals(b.getAttribute("aria-label")))
                .findFirst();
        more.ifPresent(b -> b.click());
        var blocks = driver.findElement(By.cssSelector(".tox-tbtn--select"));
        blocks.click();
        wait(driver)
                .until(d ->
                        !d.findElements(By.cssSelector(".tox-collection__item")).isEmpty());
        var english = driver.executeScript("""
                const blocks = ['Paragraf', 'Subjudul', 'Sub-subjudul'];
                const ours = Object.values(tinymce.util.I18n.getData().id || {}).concat(blocks).map(value =>
                  new RegExp('^' + value.replace(/[.*+?^$()|[\\]\\\\]/g, '\\\\$&')
                    .replace(/\\{\\d+\\}/g, '(' + blocks.join('|') + '|\\\\d+)') + '$'));
                const clean = text => text.replace(/[\\u200B-\\u200D\\uFEFF]/g, '').trim();
                const seen = new Set();
                document.querySelectorAll('.tox, .tox *').forEach(el => {
                  ['aria-label', 'title', 'placeholder'].forEach(a => el.getAttribute(a) && seen.add(clean(el.getAttribute(a))));
                  el.childNodes.forEach(n => n.nodeType === 3 && clean(n.textContent) && seen.add(clean(n.textContent)));
                });
                return [...seen].filter(text => !ours.some(re => re.test(text)) && !/^[\\d\\s.,:%]*$/.test(text));
                """);
        blocks.sendKeys(Keys.ESCAPE);
        assertThat((List<?>) english).as("English in the body editor").isEmpty();
    }

    private void awaitEditor(ChromeDriver driver) {
        wait(driver)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return !!(window.tinymce && tinymce.get('body') && tinymce.get('body').initialized);")));
    }

    /** Types the body anew, paragraph by paragraph, as a person does in the editor. */
    private void typeIntoBody(ChromeDriver driver, String... paragraphs) {
        var frame = driver.findElement(By.cssSelector("iframe.tox-edit-area__iframe"));
        scrollTo(driver, frame);
        driver.switchTo().frame(frame);
        var body = driver.findElement(By.id("tinymce"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys(String.join(Keys.ENTER.toString(), paragraphs));
        driver.switchTo().defaultContent();
    }

    /** Types into a picker, checks what it offers, in order (or only that the option is last), chooses by a click. */
    private void choose(ChromeDriver driver, String picker, String typed, String option, List<String> offered) {
        var input = driver.findElement(By.id(picker + "-search"));
        scrollTo(driver, input);
        input.sendKeys(typed);
        var options = By.cssSelector("#" + picker + "-options [role=option]");
        wait(driver).until(d -> {
            var texts =
                    d.findElements(options).stream().map(WebElement::getText).toList();
            return offered == null ? texts.contains(option) : texts.equals(offered);
        });
        if (offered == null) {
            assertThat(driver.findElements(options).getLast().getText()).isEqualTo(option);
        }
        fits(driver, picker + " picker open");
        driver.findElements(options).stream()
                .filter(o -> o.getText().equals(option))
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(input.getAttribute("value")).isEmpty();
    }

    private List<String> chips(ChromeDriver driver, String picker) {
        return driver.findElements(By.cssSelector("#" + picker + "-picker .chips li span")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** A click as a person makes it: scrolled into the middle, clear of the sticky bar at the bottom. */
    private void click(ChromeDriver driver, By by) {
        var element = driver.findElement(by);
        scrollTo(driver, element);
        element.click();
    }

    private void scrollTo(ChromeDriver driver, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private static String status(org.openqa.selenium.WebDriver driver) {
        var alerts = driver.findElements(By.cssSelector("p.alert[role=status]"));
        return alerts.isEmpty() ? "" : alerts.getFirst().getText();
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class);
    }

    private void screenshot(ChromeDriver driver, String name, int width) throws Exception {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("done-when-" + name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}

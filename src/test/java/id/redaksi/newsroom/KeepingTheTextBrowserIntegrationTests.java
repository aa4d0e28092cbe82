package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The ways a walk-through lost typed text, clicked through in one shared headless Chromium: a workflow button with
 * unsaved edits, a save after the session expired, a refused save, and a tab closed before saving.
 */
@PortalTest
class KeepingTheTextBrowserIntegrationTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration STEP = Duration.ofSeconds(15);

    private static WebDriver browser;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Site site;
    Actor writer;
    Actor editor;
    Story story;
    String base;

    @BeforeAll
    static void startChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(installed, "apt-get install chromium chromium-driver");
        } else {
            assumeTrue(installed, "chromium and chromedriver are not installed; skipped outside CI");
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
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
                "--lang=id-ID",
                "--user-data-dir=" + Files.createTempDirectory("chromium-teks"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quitChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void setUp() {
        site = fixtures.site().onLocalhost().create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
        story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul awal"));
        base = "http://" + site.hosts().getFirst() + ":"
                + context.getWebServer().getPort();
        if (browser != null) {
            browser.get(base + "/redaksi/masuk");
            browser.manage().deleteAllCookies();
            ((JavascriptExecutor) browser).executeScript("localStorage.clear();");
        }
    }

    @Test
    void publishingWithUnsavedEditsPublishesTheTypedLeadAndTheChosenCredit() {
        var credited = fixtures.account(site, Role.EDITOR);
        newsroom.submit(writer, site.id(), story.id());
        logIn(editor);
        browser.get(storyPage());

        browser.findElement(By.id("lead")).sendKeys("Lead yang baru diketik editor.");
        new Select(browser.findElement(By.id("editorId"))).selectByValue(String.valueOf(credited.personId()));
        browser.findElement(By.id("publish")).click();

        waitFor().until(d -> statusMessage().equals("Status sekarang: Terbit."));
        var published = newsroom.find(site.id(), story.id());
        assertThat(published.draft().lead()).isEqualTo("Lead yang baru diketik editor.");
        assertThat(published.draft().editorId()).isEqualTo(credited.personId());
    }

    @Test
    void aSaveAfterTheSessionExpiredKeepsTheTextAndSavesAfterThePassword() {
        logIn(writer);
        browser.get(storyPage());
        browser.findElement(By.id("lead")).sendKeys("Lead yang diketik sebelum sesi habis.");

        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("save")).click();

        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sesi Anda berakhir: naskah belum tersimpan"));
        assertThat(browser.findElement(By.id("lead")).getAttribute("value"))
                .isEqualTo("Lead yang diketik sebelum sesi habis.");
        browser.findElement(By.cssSelector("#relogin input[name=username]")).sendKeys(writer.username());
        browser.findElement(By.cssSelector("#relogin input[name=password]")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("#relogin button[type=submit]")).click();

        waitFor().until(d -> statusMessage().equals("Tersimpan."));
        assertThat(newsroom.find(site.id(), story.id()).draft().lead())
                .isEqualTo("Lead yang diketik sebelum sesi habis.");
    }

    @Test
    void aRefusedSaveShowsTheDiffAndKeepsMineOnTopOfTheirs() {
        logIn(writer);
        browser.get(storyPage());
        browser.findElement(By.id("lead")).sendKeys("Lead penulis.");
        drafting.save(editor, site.id(), story.id(), story.version(), Fixtures.draft(site, writer, "Judul editor"));

        browser.findElement(By.id("save")).click();

        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".diff")));
        assertThat(browser.findElements(By.id("publish"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".diff tr.changed td.theirs"))
                        .getText())
                .isEqualTo("Judul editor");
        browser.findElement(By.id("keep-mine")).click();
        waitFor().until(d -> statusMessage().equals("Tersimpan."));
        var saved = newsroom.find(site.id(), story.id()).draft();
        assertThat(saved.lead()).isEqualTo("Lead penulis.");
        assertThat(saved.title()).isEqualTo("Judul awal");
    }

    @Test
    void anAutosaveSurvivesAClosedTab() {
        logIn(writer);
        browser.get(storyPage());
        browser.findElement(By.id("lead")).sendKeys("Lead yang belum disimpan.");
        waitFor()
                .until(ExpectedConditions.textMatches(
                        By.id("autosave-status"),
                        java.util.regex.Pattern.compile("Tersimpan otomatis \\d{2}\\.\\d{2}")));
        // autosaved is not saved: leaving still asks first
        assertThat(leavingIsQuestioned()).isTrue();

        closeTabAndOpen(storyPage());

        assertThat(browser.findElement(By.id("lead")).getAttribute("value")).isEmpty();
        browser.findElement(By.linkText("Pulihkan")).click();
        waitFor().until(d -> d.findElement(By.id("lead")).getAttribute("value").equals("Lead yang belum disimpan."));
        browser.findElement(By.id("save")).click();
        waitFor().until(d -> statusMessage().equals("Tersimpan."));
        assertThat(newsroom.find(site.id(), story.id()).draft().lead()).isEqualTo("Lead yang belum disimpan.");
        assertThat(leavingIsQuestioned()).isFalse();
    }

    @Test
    void aNewStoryNotYetSavedIsKeptInTheBrowserAndOfferedBack() {
        logIn(writer);
        var blank = base + "/redaksi/" + site.slug() + "/cerita/baru";
        browser.get(blank);
        browser.findElement(By.id("title")).sendKeys("Judul yang belum pernah disimpan");
        browser.findElement(By.id("lead")).sendKeys("Lead naskah baru.");

        closeTabAndOpen(blank);

        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEmpty();
        browser.findElement(By.cssSelector(".browser-copy button")).click();
        assertThat(browser.findElement(By.id("title")).getAttribute("value"))
                .isEqualTo("Judul yang belum pernah disimpan");
        assertThat(browser.findElement(By.id("lead")).getAttribute("value")).isEqualTo("Lead naskah baru.");
    }

    @Test
    void aSaveDuringADatabaseOutageIsRetriedUntilItGoesThrough() {
        logIn(writer);
        browser.get(storyPage());
        browser.findElement(By.id("lead")).sendKeys("Lead yang diketik saat gangguan.");

        jdbc.sql("alter table story rename to story_away").update();
        try {
            browser.findElement(By.id("save")).click();
            waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Naskah belum tersimpan"));
            assertThat(browser.findElement(By.id("lead")).getAttribute("value"))
                    .isEqualTo("Lead yang diketik saat gangguan.");
        } finally {
            jdbc.sql("alter table story_away rename to story").update();
        }

        // the unsaved page was posted to the story's own address: the editor is back when its autosave line is
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("autosave-status")));
        assertThat(browser.getCurrentUrl()).isEqualTo(storyPage());
        assertThat(newsroom.find(site.id(), story.id()).draft().lead()).isEqualTo("Lead yang diketik saat gangguan.");
    }

    /** A tab closed without a save (WebDriver closes it without asking to leave), the page opened again. */
    private void closeTabAndOpen(String page) {
        var closed = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        var reopened = browser.getWindowHandle();
        browser.switchTo().window(closed).close();
        browser.switchTo().window(reopened);
        browser.get(page);
    }

    /** Whether the page asks before it is left, as the browser's beforeunload event tells. */
    private static boolean leavingIsQuestioned() {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript("var leaving = new Event('beforeunload', {cancelable: true});"
                        + " window.dispatchEvent(leaving); return leaving.defaultPrevented;");
    }

    private String storyPage() {
        return base + "/redaksi/" + site.slug() + "/cerita/" + story.id();
    }

    private void logIn(Actor actor) {
        browser.get(base + "/redaksi/masuk");
        browser.findElement(By.id("username")).sendKeys(actor.username());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/redaksi/masuk'] button[type=submit]"))
                .click();
        waitFor().until(ExpectedConditions.urlToBe(base + "/redaksi/"));
    }

    private static String statusMessage() {
        var alerts = browser.findElements(By.cssSelector("p.alert[role=status]"));
        return alerts.isEmpty() ? "" : alerts.getFirst().getText();
    }

    private static WebDriverWait waitFor() {
        return (WebDriverWait)
                new WebDriverWait(browser, STEP, Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class);
    }
}

package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import id.redaksi.Chromium;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The "done when" for the outlet's pages, in a real browser at 1280 and 390 px: a site admin fills the
 * masthead in the pages' editor (TinyMCE) and the Google News address on the settings screen, and sees both at the
 * foot of every article and in the footer. Every page on the way fits its width.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteSettingsBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    static Path temp;

    Site site;
    Actor admin;
    String base;
    ChromeDriver browser;

    @BeforeAll
    void browser() throws Exception {
        Chromium.requireInstalled();
        site = fixtures.site().onLocalhost().named("Warta Peramban").create();
        admin = fixtures.account(site, Role.SITE_ADMIN);
        base = "http://" + site.hosts().getFirst() + ":"
                + context.getWebServer().getPort();
        browser = Chromium.open(temp);
        browser.get(base + "/redaksi/masuk");
        browser.findElement(By.id("username")).sendKeys(admin.username());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/redaksi/masuk'] button[type=submit]"))
                .click();
        wait(browser).until(ExpectedConditions.urlToBe(base + "/redaksi/"));
    }

    @AfterAll
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void aSiteAdminFillsTheMastheadAndGoogleNewsAndSeesThemAtEveryArticlesFoot(int width) throws Exception {
        viewport(width);
        long first = fixtures.article(site).title("Jembatan Baru " + width).publish();
        long second = fixtures.article(site).title("Pasar Murah " + width).publish();
        var googleNews = "https://news.google.com/publications/CAAqWARTA" + width;
        var chief = "Pemimpin Redaksi: Ayu Lestari " + width;

        browser.get(base + "/redaksi/");
        browser.findElement(By.linkText("Pengaturan situs")).click();
        fits("settings", width);
        replace("googleNewsUrl", googleNews);
        if (!browser.findElement(By.name("pressVerified")).isSelected()) {
            click(By.name("pressVerified"));
        }
        replace("pressCertificate", "123/DP-Verifikasi/K/I/2025");
        replace("instagramUrl", "https://www.instagram.com/wartaperamban");
        screenshot("settings", width);
        click(By.cssSelector(".settings-form button[type=submit]"));
        assertThat(savedMessage()).isEqualTo("Pengaturan situs disimpan.");

        click(By.cssSelector("a[href$='/pengaturan/halaman/redaksi']"));
        wait(browser)
                .until(d -> Boolean.TRUE.equals(browser.executeScript(
                        "return !!(window.tinymce && tinymce.get('body') && tinymce.get('body').initialized);")));
        fits("page editor", width);
        var frame = browser.findElement(By.cssSelector("iframe.tox-edit-area__iframe"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", frame);
        browser.switchTo().frame(frame);
        var body = browser.findElement(By.id("tinymce"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys("PT Warta Peramban Media, Jl. Ijen 12, Malang", Keys.ENTER, chief);
        browser.switchTo().defaultContent();
        screenshot("page-editor", width);
        click(By.cssSelector("form.nr-form button[type=submit]"));
        assertThat(savedMessage()).isEqualTo("Halaman Redaksi disimpan.");

        for (long id : new long[] {first, second}) {
            browser.get(base + "/baca/" + id);
            fits("article", width);
            assertThat(browser.findElement(By.cssSelector("section.follow .press-verified"))
                            .getText())
                    .isEqualTo(
                            "Warta Peramban Media Terverifikasi Dewan Pers · Sertifikat No. 123/DP-Verifikasi/K/I/2025");
            assertThat(browser.findElement(By.cssSelector("section.follow a.google-news"))
                            .getDomAttribute("href"))
                    .isEqualTo(googleNews);
        }
        browser.executeScript("document.querySelector('section.follow').scrollIntoView();");
        screenshot("article-foot", width);
        browser.findElement(By.cssSelector("footer .footer-pages a[href='/halaman/redaksi']"))
                .click();
        fits("masthead", width);
        assertThat(browser.findElement(By.cssSelector(".static-page .story-body"))
                        .getText())
                .isEqualTo("PT Warta Peramban Media, Jl. Ijen 12, Malang\n" + chief);
        browser.executeScript("window.scrollTo(0, document.body.scrollHeight);");
        screenshot("masthead-footer", width);
    }

    private void replace(String id, String text) {
        var field = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * The message of the page a save leads to. Waited for: a click does not always wait for the navigation its
     * submit starts (the editor's form hands its text over first), and the old page has no such message.
     */
    private String savedMessage() {
        return wait(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.alert[role=status]")))
                .getText();
    }

    private void click(By by) {
        var element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** The page fits its width (no sideways scroll) and axe finds nothing critical or serious on it. */
    private void fits(String page, int width) {
        assertThat((Long) browser.executeScript("return document.scrollingElement.scrollWidth - innerWidth;"))
                .as(page + " at " + width + ": sideways scroll")
                .isLessThanOrEqualTo(0L);
        var blocking = new AxeBuilder()
                .analyze(browser).getViolations().stream()
                        .filter(rule -> Set.of("critical", "serious").contains(rule.getImpact()))
                        .map(rule -> rule.getId() + ": "
                                + rule.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .toList())
                        .toList();
        assertThat(blocking).as(page + " at " + width + ": axe").isEmpty();
    }

    private void viewport(int width) {
        browser.executeCdpCommand(
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

    private void screenshot(String name, int width) throws Exception {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(
                dir.resolve("site-settings-" + name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class);
    }
}

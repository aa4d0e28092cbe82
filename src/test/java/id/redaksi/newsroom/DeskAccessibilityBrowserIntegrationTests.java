package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import id.redaksi.Chromium;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** axe-core, run in a real browser over every desk page an editor works in, finds nothing critical or serious. */
@PortalTest
class DeskAccessibilityBrowserIntegrationTests {

    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Drafting drafting;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Chromium.requireInstalled();
    }

    @Test
    void theDeskPagesHaveNoCriticalOrSeriousViolation() throws Exception {
        var site = fixtures.site().onLocalhost().create();
        var editor = fixtures.account(site, Role.EDITOR);
        var story = drafting.create(editor, site.id(), Fixtures.draft(site, editor, "Harga cabai naik"));
        var base = "http://" + site.hosts().getFirst() + ":"
                + context.getWebServer().getPort();
        var desk = base + "/redaksi/" + site.slug();
        var driver = Chromium.open(temp);
        try {
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100));
            driver.get(base + "/redaksi/masuk");
            driver.findElement(By.id("username")).sendKeys(editor.username());
            driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
            driver.findElement(By.cssSelector("form[action='/redaksi/masuk'] button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlToBe(base + "/redaksi/"));

            var pages = List.of(
                    base + "/redaksi/",
                    desk + "/cerita",
                    desk + "/cerita/" + story.id(),
                    desk + "/cerita/baru",
                    desk + "/media",
                    desk + "/cerita/" + story.id() + "/revisi",
                    base + "/redaksi/akun");
            for (var page : pages) {
                driver.get(page);
                if (page.contains("/cerita/")) {
                    awaitEditorIfAny(driver, wait);
                }
                var blocking = new AxeBuilder()
                        .analyze(driver).getViolations().stream()
                                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                                .map(DeskAccessibilityBrowserIntegrationTests::describe)
                                .toList();
                assertThat(blocking).as(page).isEmpty();
            }
        } finally {
            driver.quit();
        }
    }

    private static void awaitEditorIfAny(ChromeDriver driver, WebDriverWait wait) {
        if (!driver.findElements(By.cssSelector("textarea.rich")).isEmpty()) {
            wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "return !!(window.tinymce && tinymce.get('body') && tinymce.get('body').initialized);")));
        }
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "));
    }
}

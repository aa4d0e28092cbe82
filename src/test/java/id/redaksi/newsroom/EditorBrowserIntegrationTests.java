package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Chromium;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Role;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** TinyMCE loads from the portal's own files under the newsroom's Content-Security-Policy. */
@PortalTest
class EditorBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    WebServerApplicationContext context;

    @TempDir
    Path temp;

    @BeforeAll
    static void chromiumIsInstalled() {
        Chromium.requireInstalled();
    }

    @Test
    void theEditorLoadsWithoutAnyScriptOrStyleRefused() throws Exception {
        var site = fixtures.site().onLocalhost().create();
        var writer = fixtures.account(site, Role.WRITER);
        var base = "http://" + site.hosts().getFirst() + ":"
                + context.getWebServer().getPort();
        var driver = Chromium.open(temp);
        try {
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100));
            driver.get(base + "/redaksi/masuk");
            driver.findElement(By.id("username")).sendKeys(writer.username());
            driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
            driver.findElement(By.cssSelector("form[action='/redaksi/masuk'] button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlToBe(base + "/redaksi/"));

            driver.get(base + "/redaksi/" + site.slug() + "/cerita/baru");
            wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "return !!(window.tinymce && tinymce.get('body') && tinymce.get('body').initialized);")));

            assertThat(driver.executeScript("return tinymce.baseURL;")).isEqualTo(base + "/webjars/tinymce");
            assertThat(driver.findElements(By.cssSelector("button.tox-tbtn"))).isNotEmpty();
            assertThat(Chromium.console(driver)).noneMatch(line -> line.contains("Content Security Policy"));
        } finally {
            driver.quit();
        }
    }
}

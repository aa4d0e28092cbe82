package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.media.MediaLibrary;
import id.redaksi.media.TestImages;
import id.redaksi.site.Site;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/** Issue 14's sharing: plain share links with the canonical address and title, escaped; a preview WhatsApp shows. */
@PortalTest
class ShareLinksIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    MediaLibrary media;

    @Autowired
    ApplicationContext context;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
    }

    @Test
    void shareLinksCarryTheCanonicalAddressAndTitleEscapedWhatsAppFirst() {
        long id = fixtures.article(site)
                .title("Banjir & Longsor: \"Warga\" Mengungsi 100% di Desa #3")
                .publish();

        var page = article(id);
        var canonical = page.select("link[rel=canonical]").attr("href");
        assertThat(canonical).startsWith(site.url("/baca/" + id + "/"));
        var u = canonical.replace(":", "%3A").replace("/", "%2F");
        var t = "Banjir%20%26%20Longsor%3A%20%22Warga%22%20Mengungsi%20100%25%20di%20Desa%20%233";

        var links = page.select(".share a.share-link");
        assertThat(links.eachAttr("class"))
                .containsExactly(
                        "share-link share-whatsapp",
                        "share-link share-facebook",
                        "share-link share-x",
                        "share-link share-telegram",
                        "share-link share-line",
                        "share-link share-copy");
        assertThat(links.eachAttr("href"))
                .containsExactly(
                        "https://wa.me/?text=" + t + "%20" + u,
                        "https://www.facebook.com/sharer/sharer.php?u=" + u,
                        "https://x.com/intent/post?url=" + u + "&text=" + t,
                        "https://t.me/share/url?url=" + u + "&text=" + t,
                        "https://social-plugins.line.me/lineit/share?url=" + u,
                        canonical);
        assertThat(links.eachText()).containsExactly("WhatsApp", "Facebook", "X", "Telegram", "LINE", "Salin tautan");
        assertThat(page.select(".share-link[target=_blank]").eachAttr("rel"))
                .containsOnly("noopener noreferrer nofollow")
                .hasSize(5);
        var native_ = page.select("button.share-native").first();
        assertThat(native_.hasAttr("hidden")).isTrue();
        assertThat(native_.attr("data-url")).isEqualTo(canonical);
        assertThat(native_.attr("data-title")).isEqualTo("Banjir & Longsor: \"Warga\" Mengungsi 100% di Desa #3");
        assertThat(page.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("/"));
    }

    @Test
    void theSharePreviewIsARenditionWhatsAppShowsAtLeast300PxAndAtMost600Kb() throws Exception {
        long picture = media.upload(site.id(), TestImages.jpeg(2400, 1600), "pasar.jpg", "")
                .id();
        long id = fixtures.article(site)
                .title("Pasar Besar Dibuka Lagi")
                .image(picture)
                .publish();

        var page = article(id);
        var shared = page.select("meta[property=og:image]").attr("content");

        var srcset = media.image(site.id(), picture).orElseThrow().srcset();
        var rendition1280 = srcset.replaceAll(".*?(/media/\\S+) 1280w.*", "$1");
        assertThat(shared).isEqualTo(site.url(rendition1280));
        assertThat(page.select("meta[name=twitter:image]").attr("content")).isEqualTo(shared);
        var bytes = fetch(rendition1280);
        assertThat(bytes.length).isLessThanOrEqualTo(600 * 1024);
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth()).isEqualTo(1280);
    }

    private Document article(long id) {
        var located = browser.get(site.hosts().getFirst(), "/baca/" + id);
        assertThat(located.status()).isEqualTo(301);
        var page = browser.get(site.hosts().getFirst(), located.header("Location"));
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    private byte[] fetch(String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Host", site.hosts().getFirst())
                                .build(),
                        BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}

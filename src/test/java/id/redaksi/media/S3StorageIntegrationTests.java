package id.redaksi.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Media in a bucket of a real S3 API server (s3proxy), for nodes that share no disk: uploads land in the bucket, the
 * node streams them under /media/, a directory is copied in, and an unreachable store is a 503, never a 500. All S3
 * tests share this one context.
 */
@PortalTest
@TestPropertySource(
        properties = {
            "redaksi.media.storage=s3",
            "redaksi.media.s3.bucket=" + S3StorageIntegrationTests.BUCKET,
            "redaksi.media.s3.path-style=true",
            "redaksi.media.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
            "redaksi.media.s3.secret-key=" + S3ProxyServer.SECRET_KEY,
            "redaksi.media.s3.timeout=3s",
            "redaksi.media.public-base-url=" + S3StorageIntegrationTests.CDN
        })
class S3StorageIntegrationTests {

    static final String BUCKET = "redaksi-media";
    static final String CDN = "https://cdn.example.test/media";

    static S3ProxyServer s3;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        s3 = new S3ProxyServer();
        s3.createBucket(BUCKET);
        s3.start();
        registry.add("redaksi.media.s3.endpoint", s3::endpoint);
    }

    @AfterAll
    static void stopStore() throws Exception {
        s3.close();
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MediaSettings settings;

    @Autowired
    MediaCopy copy;

    @Autowired
    MediaLibrary media;

    @Autowired
    Browser browser;

    @Autowired
    S3Storage storage;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
    }

    @Test
    void anUploadThroughTheNewsroomLandsInTheBucketAndTheNodeStreamsItWithAYearsCaching() throws Exception {
        var response = upload(TestImages.jpeg(700, 400));
        assertThat(response.getStatus()).isEqualTo(302);
        var key = jdbc.sql("select storage_key from media where site_id = :site")
                .param("site", site.id())
                .query(String.class)
                .single();
        var inBucket = s3.object(BUCKET, key);

        var file = get("/media/" + key);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(Files.readAllBytes(inBucket));
        assertThat(file.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(file.headers().firstValue("Content-Length")).contains(String.valueOf(Files.size(inBucket)));
        assertThat(file.headers().firstValue("Cache-Control")).contains("max-age=31536000, public, immutable");
        var etag = file.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(Files.exists(settings.directory().resolve(key))).isFalse();

        var again = get("/media/" + key, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        var rendition = get("/media/" + key.replace(".jpg", "-320.jpg"));
        assertThat(rendition.statusCode()).isEqualTo(200);
        assertThat(rendition.body()).isEqualTo(Files.readAllBytes(s3.object(BUCKET, key.replace(".jpg", "-320.jpg"))));
    }

    @Test
    void aKeyTheBucketLacksIsNotFound() throws Exception {
        var missing = get(
                "/media/" + site.id() + "/00000000-0000-0000-0000-000000000000.jpg",
                "Host",
                site.hosts().getFirst());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control")).contains("private, no-store");
        assertThat(get("/media/nomor/gambar.jpg").statusCode()).isEqualTo(404);
        assertThat(get("/media/").statusCode()).isEqualTo(404);
        // an encoded slash never reaches the bucket: the firewall refuses the address first
        assertThat(get("/media/" + site.id() + "/..%2F..%2Fetc%2Fpasswd").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theCopyCommandBringsADirectoryIntoTheBucketAndASecondRunCopiesNothing(@TempDir Path directory)
            throws Exception {
        var original = directory.resolve("41/7d1c2f7e-0000-4000-8000-000000000001.jpg");
        var rendition = directory.resolve("41/7d1c2f7e-0000-4000-8000-000000000001-320.jpg");
        var other = directory.resolve("42/7d1c2f7e-0000-4000-8000-000000000002.png");
        Files.createDirectories(original.getParent());
        Files.createDirectories(other.getParent());
        Files.write(original, TestImages.jpeg(400, 300));
        Files.write(rendition, TestImages.jpeg(320, 240));
        Files.write(other, TestImages.png(10, 10, false));
        Files.writeString(directory.resolve("41/.upload123.tmp"), "unfinished");

        assertThat(copy.copy(directory)).isEqualTo(new MediaCopy.Copied(3, 0));
        assertThat(copy.copy(directory)).isEqualTo(new MediaCopy.Copied(0, 3));

        for (var file : new Path[] {original, rendition, other}) {
            var key = directory.relativize(file).toString();
            assertThat(storage.exists(key)).as(key).isTrue();
            assertThat(Files.readAllBytes(s3.object(BUCKET, key))).as(key).isEqualTo(Files.readAllBytes(file));
        }
        assertThat(storage.exists("41/.upload123.tmp")).isFalse();
        assertThat(get("/media/42/7d1c2f7e-0000-4000-8000-000000000002.png")
                        .headers()
                        .firstValue("Content-Type"))
                .contains("image/png");
    }

    @Test
    void whileTheStoreIsDownPicturesAre503AndAnUploadIsRefusedOnTheFormNamingTheStore() throws Exception {
        assertThat(upload(TestImages.jpeg(400, 300)).getStatus()).isEqualTo(302);
        var key = jdbc.sql("select storage_key from media where site_id = :site")
                .param("site", site.id())
                .query(String.class)
                .single();
        assertThat(new String(get("/actuator/health").body(), StandardCharsets.UTF_8))
                .contains("\"mediaStorage\":{\"status\":\"UP\"}");
        s3.stop();
        try {
            assertThat(new String(get("/actuator/health").body(), StandardCharsets.UTF_8))
                    .contains("\"mediaStorage\":{\"status\":\"DOWN\"}");
            var down = get("/media/" + key, "Host", site.hosts().getFirst());
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Cache-Control")).contains("private, no-store");
            assertThat(down.headers().firstValue("Retry-After")).contains("30");

            var refused = upload(TestImages.jpeg(400, 300));

            assertThat(refused.getStatus()).isEqualTo(503);
            var page = Jsoup.parse(refused.getContentAsString());
            assertThat(page.select(".alert-error").text())
                    .isEqualTo("Penyimpanan media sedang tidak dapat dihubungi, gambar belum tersimpan. "
                            + "Coba unggah lagi sebentar lagi.");
            assertThat(page.select("form input[type=file][name=berkas]")).hasSize(1);
            assertThat(jdbc.sql("select count(*) from media where site_id = :site")
                            .param("site", site.id())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            s3.start();
        }
        assertThat(get("/media/" + key).statusCode()).isEqualTo(200);
        assertThat(new String(get("/actuator/health").body(), StandardCharsets.UTF_8))
                .contains("\"mediaStorage\":{\"status\":\"UP\"}");
    }

    @Test
    void withACdnBaseReadersAreSentToTheCdnForPicturesWhileTheNewsroomStillUsesTheNode() {
        var stored = media.upload(site.id(), TestImages.jpeg(1000, 500), "jembatan.jpg", "Jembatan baru");
        var key = stored.path().substring("/media/".length());
        var original = CDN + "/" + key;
        var base = original.substring(0, original.length() - ".jpg".length());
        long id = fixtures.article(site).image(stored.id()).publish();
        var host = site.hosts().getFirst();

        var article = browser.get(host, browser.get(host, "/baca/" + id).header("Location"))
                .html();
        var card = browser.get(host, "/").html().select(".card-image img").first();
        var feed = browser.get(host, "/rss.xml").html();

        var image = article.select("figure.lead-image img").first();
        assertThat(image.attr("src")).isEqualTo(original);
        assertThat(image.attr("srcset"))
                .isEqualTo(base + "-320.jpg 320w, " + base + "-640.jpg 640w, " + base + "-960.jpg 960w, " + original
                        + " 1000w");
        // share previews get the widest rendition WhatsApp shows (at most 1280 px and 600 KB), from the CDN too
        assertThat(article.select("meta[property=og:image]").attr("content")).isEqualTo(base + "-960.jpg");
        assertThat(card.attr("src")).isEqualTo(original);
        assertThat(feed.select("enclosure").attr("url")).isEqualTo(original);
        assertThat(stored.path()).isEqualTo("/media/" + key);
    }

    private MockHttpServletResponse upload(byte[] picture) throws Exception {
        var writer = fixtures.account(site, Role.WRITER);
        return mvc.perform(multipart("/redaksi/" + site.slug() + "/media")
                        .file(new MockMultipartFile("berkas", "foto.jpg", "image/jpeg", picture))
                        .param("alt", "Foto uji")
                        .with(csrf())
                        .with(user(writer.username())))
                .andReturn()
                .getResponse();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

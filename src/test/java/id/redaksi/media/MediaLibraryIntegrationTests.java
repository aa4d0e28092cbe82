package id.redaksi.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

@PortalTest
class MediaLibraryIntegrationTests {

    @Autowired
    MediaLibrary media;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    MediaRecords records;

    @Autowired
    MediaSettings settings;

    @Autowired
    DecodingSlots slots;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
    }

    @Test
    void anUploadIsStoredWithRenditionsAndServedUnderMedia() {
        var upload = TestImages.withExif(TestImages.jpeg(2000, 1125));

        var stored = media.upload(site.id(), upload, "IMG_2041.jpg", "Warga menanam pohon");

        assertThat(stored.width()).isEqualTo(2000);
        assertThat(stored.height()).isEqualTo(1125);
        assertThat(stored.alt()).isEqualTo("Warga menanam pohon");
        var base = stored.path().substring(0, stored.path().length() - ".jpg".length());
        assertThat(stored.path()).matches("/media/" + site.id() + "/[0-9a-f-]{36}\\.jpg");
        assertThat(stored.renditions())
                .extracting(StoredMedia.Rendition::width)
                .containsExactly(320, 640, 960, 1280, 1600);
        assertThat(stored.renditions())
                .extracting(StoredMedia.Rendition::height)
                .containsExactly(180, 360, 540, 720, 900);
        assertThat(stored.renditions())
                .extracting(StoredMedia.Rendition::path)
                .containsExactly(
                        base + "-320.jpg",
                        base + "-640.jpg",
                        base + "-960.jpg",
                        base + "-1280.jpg",
                        base + "-1600.jpg");
        for (var path : new String[] {stored.path(), base + "-640.jpg"}) {
            var file = browser.get(host(), path);
            assertThat(file.status()).as(path).isEqualTo(200);
            assertThat(file.header("Content-Type")).as(path).isEqualTo("image/jpeg");
            assertThat(file.body()).as(path).doesNotContain("Exif");
        }
    }

    @Test
    void aPngUploadIsServedAsPng() {
        var stored = media.upload(site.id(), TestImages.png(700, 400, true), "grafik.png", "Grafik harga beras");

        assertThat(stored.path()).endsWith(".png");
        assertThat(stored.renditions()).extracting(StoredMedia.Rendition::width).containsExactly(320, 640);
        assertThat(browser.get(host(), stored.path()).header("Content-Type")).isEqualTo("image/png");
        assertThat(browser.get(host(), stored.renditions().getFirst().path()).header("Content-Type"))
                .isEqualTo("image/png");
    }

    @Test
    void aTextFileNamedJpgIsRejectedAndNothingIsStored() {
        var text = "Daftar hadir rapat redaksi".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> media.upload(site.id(), text, "foto.jpg", ""))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("Berkas bukan gambar JPEG, PNG atau WebP.");
        assertThat(media.recent(site.id(), 0, 10)).isEmpty();
    }

    @Test
    void theLibraryListsASitesPicturesNewestFirstAndFindsOnlyItsOwn() {
        var first = media.upload(site.id(), TestImages.jpeg(400, 300), "a.jpg", "Pertama");
        var second = media.upload(site.id(), TestImages.jpeg(300, 200), "b.jpg", "Kedua");
        var other = fixtures.site().create();

        assertThat(media.recent(site.id(), 0, 10)).containsExactly(second, first);
        assertThat(media.recent(site.id(), 1, 10)).containsExactly(first);
        assertThat(media.find(site.id(), first.id())).contains(first);
        assertThat(media.find(other.id(), first.id())).isEmpty();
        assertThat(first.srcset()).isEqualTo(first.renditions().getFirst().path() + " 320w, " + first.path() + " 400w");
        assertThat(second.srcset()).isEmpty();
    }

    @Test
    void pagesOfferTheRenditionsAsSrcset() {
        var stored = media.upload(site.id(), TestImages.jpeg(1000, 500), "jembatan.jpg", "Jembatan baru");
        var base = stored.path().substring(0, stored.path().length() - ".jpg".length());
        var srcset = base + "-320.jpg 320w, " + base + "-640.jpg 640w, " + base + "-960.jpg 960w, " + stored.path()
                + " 1000w";
        long id = fixtures.article(site).image(stored.id()).publish();

        var article = browser.get(host(), browser.get(host(), "/baca/" + id).header("Location"))
                .html();
        var image = article.select("figure.lead-image img").first();
        assertThat(image.attr("src")).isEqualTo(stored.path());
        assertThat(image.attr("srcset")).isEqualTo(srcset);
        assertThat(image.attr("sizes")).isEqualTo("(max-width: 760px) 100vw, 760px");
        assertThat(image.attr("width")).isEqualTo("1000");
        assertThat(image.attr("height")).isEqualTo("500");

        var card = browser.get(host(), "/").html().select(".card-image img").first();
        assertThat(card.attr("srcset")).isEqualTo(srcset);
        assertThat(card.attr("sizes")).startsWith("(max-width: 760px) 100vw, ");
    }

    @Test
    void aPictureWithoutRenditionsHasNoSrcset() {
        long id = fixtures.article(site).publish();

        var image = browser.get(host(), browser.get(host(), "/baca/" + id).header("Location"))
                .html()
                .select("figure.lead-image img")
                .first();
        assertThat(image.hasAttr("srcset")).isFalse();
        assertThat(image.hasAttr("sizes")).isFalse();
    }

    @Test
    void aGeneratedPictureStoredAsValidGetsRenditionsToo() {
        long id = media.store(site.id(), TestImages.jpeg(1200, 675), "image/jpeg", 1200, 675, "Demo");

        var stored = media.find(site.id(), id).orElseThrow();
        assertThat(stored.renditions()).extracting(StoredMedia.Rendition::width).containsExactly(320, 640, 960);
        assertThat(stored.renditions())
                .extracting(StoredMedia.Rendition::height)
                .containsExactly(180, 360, 540);
    }

    @Test
    void aSiteOverItsQuotaIsRefusedNamingTheQuotaAndWhatIsUsedWhileOtherSitesStillUpload() {
        insertStoredBytes(site, DataSize.ofGigabytes(10).toBytes() - 1024);
        var photo = TestImages.jpeg(800, 600);
        assertThat(photo.length).isGreaterThan(1024);

        assertThatThrownBy(() -> media.upload(site.id(), photo, "foto.jpg", ""))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("Kuota media situs ini 10 GB dan sudah terpakai 10 GB; unggahan %s tidak muat lagi."
                        .formatted(ImagePipeline.readable(photo.length)));
        assertThat(records.storedBytes(site.id()))
                .isEqualTo(DataSize.ofGigabytes(10).toBytes() - 1024);
        assertThat(media.upload(fixtures.site().create().id(), photo, "foto.jpg", "")
                        .width())
                .isEqualTo(800);
    }

    @Test
    void whatASiteStoresCountsTheOriginalAndEveryRendition() throws Exception {
        var stored = media.upload(site.id(), TestImages.jpeg(1000, 500), "jembatan.jpg", "");

        long onDisk = fileSize(stored.path());
        for (var rendition : stored.renditions()) {
            onDisk += fileSize(rendition.path());
        }
        assertThat(stored.renditions()).hasSize(3);
        assertThat(records.storedBytes(site.id())).isEqualTo(onDisk);
    }

    @Test
    void aPictureTooLargeToDecodeIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> media.upload(site.id(), TestImages.deepPng(7071, 7071), "dalam.png", ""))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("Gambar 7.071 × 7.071 piksel memerlukan 381,5 MB memori untuk diolah; batasnya 200 MB.");
        assertThat(media.recent(site.id(), 0, 10)).isEmpty();
    }

    @Test
    void whileThisNodeDecodesAnotherPictureTheDeskAsksToTryAgain() throws Exception {
        var writer = fixtures.account(site, Role.WRITER);
        var photo = new MockMultipartFile("berkas", "foto.jpg", "image/jpeg", TestImages.jpeg(400, 300));

        MockHttpServletResponse response;
        try (var _ = slots.take()) {
            response = mvc.perform(multipart("/redaksi/" + site.slug() + "/media")
                            .file(photo)
                            .with(csrf())
                            .with(user(writer.username())))
                    .andReturn()
                    .getResponse();
        }

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".alert-error")
                        .text())
                .isEqualTo("Server sedang mengolah gambar lain. Coba unggah lagi sebentar lagi.");
        assertThat(media.recent(site.id(), 0, 10)).isEmpty();
    }

    /** A picture's row claiming the given size, as years of uploads would add up to. */
    private void insertStoredBytes(Site site, long bytes) {
        jdbc.sql("""
                        insert into media (site_id, storage_key, content_type, width, height, byte_size)
                        values (:site, :key, 'image/jpeg', 1, 1, :size)
                        """)
                .param("site", site.id())
                .param("key", site.id() + "/arsip-" + UUID.randomUUID() + ".jpg")
                .param("size", bytes)
                .update();
    }

    private long fileSize(String path) throws Exception {
        return Files.size(settings.directory().resolve(path.substring("/media/".length())));
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

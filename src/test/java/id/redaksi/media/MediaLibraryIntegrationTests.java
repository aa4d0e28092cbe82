package id.redaksi.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class MediaLibraryIntegrationTests {

    @Autowired
    MediaLibrary media;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

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

    private String host() {
        return site.hosts().getFirst();
    }
}

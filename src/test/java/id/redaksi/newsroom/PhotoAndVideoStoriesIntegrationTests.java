package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.media.MediaLibrary;
import id.redaksi.media.TestImages;
import id.redaksi.site.Site;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15's "done when" for photo stories and video: filed on the editor's form, published, and found on the page,
 * in the site's /foto and /video lists, in the feed and in the API.
 */
@PortalTest
class PhotoAndVideoStoriesIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Drafting drafting;

    @Autowired
    Newsroom newsroom;

    @Autowired
    MediaLibrary media;

    @Autowired
    MockMvc mvc;

    @Autowired
    Browser browser;

    @Autowired
    JsonMapper json;

    Site site;
    Actor writer;
    Actor editor;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
    }

    @Test
    void aPhotoStoryFiledOnTheFormShowsItsPicturesInOrderWithCaptionsCreditsAndLazyLoadingEverywhere()
            throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Karnaval Agustusan"));
        var pawai = upload("pawai.jpg");
        var barongsai = upload("barongsai.jpg");
        var drumband = upload("drumband.jpg");
        assertThat(listed("/foto")).isEmpty();

        var published = send(
                form(story, "Karnaval Agustusan")
                        .param("gallery[0].imageId", String.valueOf(barongsai))
                        .param("gallery[0].caption", "Barongsai membuka karnaval, Sabtu (17/8).")
                        .param("gallery[0].credit", "Binti Lestari")
                        .param("gallery[1].imageId", String.valueOf(pawai))
                        .param("gallery[1].caption", "Pawai pelajar, dengan 40 sekolah.")
                        .param("gallery[1].credit", "")
                        .param("gallery[2].imageId", String.valueOf(drumband))
                        .param("gallery[2].caption", "Drumband menutup acara.")
                        .param("gallery[2].credit", "Dede Kurnia")
                        .param("langkah", "terbitkan"),
                editor);

        assertThat(published.getStatus()).isEqualTo(302);
        var editorPage = Jsoup.parse(send(get(storyPath(story)), editor).getContentAsString());
        assertThat(editorPage.select("#gallery-items input[data-field=imageId]").eachAttr("value"))
                .containsExactly(String.valueOf(barongsai), String.valueOf(pawai), String.valueOf(drumband), "");
        assertThat(editorPage.select("#gallery-1-caption").val()).isEqualTo("Pawai pelajar, dengan 40 sekolah.");

        var page = article(story.id());
        assertThat(page.select(".gallery-picture figcaption").eachText())
                .containsExactly(
                        "1/3 Barongsai membuka karnaval, Sabtu (17/8). (Foto: Binti Lestari)",
                        "2/3 Pawai pelajar, dengan 40 sekolah.",
                        "3/3 Drumband menutup acara. (Foto: Dede Kurnia)");
        var pictures = page.select(".gallery-picture img");
        assertThat(pictures.eachAttr("loading")).containsExactly("lazy", "lazy");
        assertThat(pictures.first().hasAttr("loading")).isFalse();
        assertThat(pictures.first().attr("srcset"))
                .isEqualTo(media.image(site.id(), barongsai).orElseThrow().srcset())
                .contains(" 320w, ")
                .contains(" 1280w, ");
        assertThat(page.select(".gallery-picture").eachAttr("tabindex")).containsExactly("0", "0", "0");
        assertThat(page.select("figure.lead-image")).isEmpty();

        var gallery = jsonLd(page, "ImageGallery");
        assertThat(gallery.get("name").asString()).isEqualTo("Karnaval Agustusan");
        var images = gallery.get("associatedMedia");
        assertThat(images.size()).isEqualTo(3);
        assertThat(images.get(0).get("contentUrl").asString())
                .isEqualTo(
                        site.url(media.image(site.id(), barongsai).orElseThrow().path()));
        assertThat(images.get(0).get("caption").asString()).isEqualTo("Barongsai membuka karnaval, Sabtu (17/8).");
        assertThat(images.get(0).get("creditText").asString()).isEqualTo("Binti Lestari");
        assertThat(images.get(1).has("creditText")).isFalse();
        assertThat(images.get(2).get("position").asInt()).isEqualTo(3);

        assertThat(listed("/foto")).containsExactly("/baca/" + story.id());
        assertThat(listed("/video")).isEmpty();

        var item = feedItem(story.id());
        assertThat(item.select("media|content[medium=image] > media|description")
                        .eachText())
                .containsExactly(
                        "Barongsai membuka karnaval, Sabtu (17/8).",
                        "Pawai pelajar, dengan 40 sekolah.",
                        "Drumband menutup acara.");
        assertThat(item.select("media|content[medium=image] > media|credit").eachText())
                .containsExactly("Binti Lestari", "Dede Kurnia");

        var api = api(story.id());
        assertThat(api.get("gallery").valueStream().map(g -> g.get("caption").asString()))
                .containsExactly(
                        "Barongsai membuka karnaval, Sabtu (17/8).",
                        "Pawai pelajar, dengan 40 sekolah.",
                        "Drumband menutup acara.");
        assertThat(api.get("gallery").get(0).get("url").asString())
                .isEqualTo(
                        site.url(media.image(site.id(), barongsai).orElseThrow().path()));
        assertThat(api.get("video").isNull()).isTrue();
    }

    @Test
    void aVideoStoryShowsAPosterAndNoPlayerUntilPlayWithVideoObjectDataAndIsListedInFeedAndApi() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Banjir Bandang di Batu"));
        var poster = upload("banjir.jpg");
        assertThat(listed("/video")).isEmpty();

        var published = send(
                form(story, "Banjir Bandang di Batu")
                        .param("lead", "Air bah menerjang permukiman warga.")
                        .param("imageId", String.valueOf(poster))
                        .param("videoUrl", "https://youtu.be/dQw4w9WgXcQ?si=abc")
                        .param("langkah", "terbitkan"),
                editor);

        assertThat(published.getStatus()).isEqualTo(302);
        var located = browser.get(host(), "/baca/" + story.id());
        var answer = browser.get(host(), located.header("Location"));
        assertThat(answer.header("Content-Security-Policy")).contains("; frame-src https://www.youtube-nocookie.com;");
        var page = answer.html();
        var frame = page.select(".lead-video .video-frame").first();
        assertThat(frame.attr("data-embed")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
        assertThat(frame.select("img").attr("src"))
                .isEqualTo(media.image(site.id(), poster).orElseThrow().path());
        assertThat(frame.select("button.video-play").attr("aria-label"))
                .isEqualTo("Putar video: Banjir Bandang di Batu");
        assertThat(page.select("iframe")).isEmpty();
        assertThat(page.select("[src*=youtube], [src*=ytimg], [srcset*=ytimg]")).isEmpty();
        assertThat(page.select(".lead-video figcaption a").attr("href"))
                .isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");

        var video = jsonLd(page, "VideoObject");
        assertThat(video.get("name").asString()).isEqualTo("Banjir Bandang di Batu");
        assertThat(video.get("description").asString()).isEqualTo("Air bah menerjang permukiman warga.");
        assertThat(video.get("embedUrl").asString()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(video.get("thumbnailUrl").get(0).asString())
                .isEqualTo(site.url(media.image(site.id(), poster).orElseThrow().path()));
        assertThat(video.get("uploadDate").asString())
                .isEqualTo(page.select("time.published").attr("datetime"));

        assertThat(listed("/video")).containsExactly("/baca/" + story.id());
        assertThat(listed("/foto")).isEmpty();
        var item = feedItem(story.id());
        assertThat(item.select("media|content[medium=video]").attr("url"))
                .isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(item.select("media|content[medium=video] > media|player").attr("url"))
                .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        var api = api(story.id()).get("video");
        assertThat(api.get("url").asString()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(api.get("embedUrl").asString()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(api.get("thumbnailUrl").asString()).isEqualTo("https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg");
    }

    @Test
    void anAddressThatIsNoYouTubeVideoIsRefusedNextToItsFieldKeepingWhatWasTyped() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Video Pilkada"));

        for (var address : List.of(
                "https://vimeo.com/76979871",
                "https://www.youtube.com.example.id/watch?v=dQw4w9WgXcQ",
                "http://youtu.be/dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=pendek")) {
            var refused = send(form(story, "Video Pilkada").param("videoUrl", address), writer);

            assertThat(refused.getStatus()).isEqualTo(400);
            var page = Jsoup.parse(refused.getContentAsString());
            assertThat(page.select("#videoUrl-error").text())
                    .isEqualTo("Alamat video harus alamat video YouTube (youtube.com/watch?v=…, youtu.be/… atau "
                            + "youtube.com/shorts/…).");
            assertThat(page.select("#videoUrl").val()).isEqualTo(address);
        }
        assertThat(newsroom.find(site.id(), story.id()).draft().videoUrl()).isNull();

        var shorts = send(
                form(story, "Video Pilkada").param("videoUrl", "https://www.youtube.com/shorts/dQw4w9WgXcQ"), writer);
        assertThat(shorts.getStatus()).isEqualTo(302);
        assertThat(newsroom.find(site.id(), story.id()).draft().videoUrl())
                .isEqualTo("https://www.youtube.com/shorts/dQw4w9WgXcQ");
    }

    @Test
    void aPictureOfAnotherSiteCannotJoinAPhotoStory() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Foto Curian"));
        var elsewhere = fixtures.site().create();
        long theirs = media.upload(elsewhere.id(), TestImages.jpeg(400, 300), "rahasia.jpg", "")
                .id();

        var refused = send(
                form(story, "Foto Curian")
                        .param("gallery[0].imageId", String.valueOf(theirs))
                        .param("gallery[0].caption", "Bukan milik kita."),
                writer);

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select("#gallery-error")
                        .text())
                .isEqualTo("Foto #" + theirs + " tidak ada di pustaka media situs ini.");
        assertThat(newsroom.find(site.id(), story.id()).draft().gallery()).isEmpty();

        var notANumber = send(
                form(story, "Foto Curian")
                        .param("gallery[0].imageId", "satu")
                        .param("gallery[0].caption", "Keterangan yang diketik."),
                writer);

        assertThat(notANumber.getStatus()).isEqualTo(400);
        var page = Jsoup.parse(notANumber.getContentAsString());
        assertThat(page.select(".gallery-item .field-error").text()).isEqualTo("Nomor foto tidak valid.");
        assertThat(page.select("#gallery-0-caption").val()).isEqualTo("Keterangan yang diketik.");
    }

    private long upload(String name) {
        return media.upload(site.id(), TestImages.jpeg(1600, 1200), name, "").id();
    }

    private MockHttpServletRequestBuilder form(Story story, String title) {
        return post(storyPath(story))
                .param(
                        "version",
                        String.valueOf(newsroom.find(site.id(), story.id()).version()))
                .param("title", title)
                .param("rubricId", String.valueOf(site.rubrics().getFirst().id()))
                .param("body", "<p>Warga memadati jalan.</p>")
                .param("writerIds", String.valueOf(writer.personId()));
    }

    private String storyPath(Story story) {
        return "/redaksi/" + site.slug() + "/cerita/" + story.id();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Actor who) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(who.username())))
                .andReturn()
                .getResponse();
    }

    private String host() {
        return site.hosts().getFirst();
    }

    private Document article(long id) {
        var located = browser.get(host(), "/baca/" + id);
        assertThat(located.status()).isEqualTo(301);
        var page = browser.get(host(), located.header("Location"));
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    /** The article addresses a list links to, cut to their ids. */
    private List<String> listed(String path) {
        var page = browser.get(host(), path);
        assertThat(page.status()).isEqualTo(200);
        var ids = new ArrayList<String>();
        for (var link : page.html().select(".list a[href^=/baca/]")) {
            var id = link.attr("href").replaceAll("^(/baca/\\d+).*", "$1");
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private org.jsoup.nodes.Element feedItem(long id) {
        var feed = browser.get(host(), "/rss.xml");
        assertThat(feed.status()).isEqualTo(200);
        var xml = Jsoup.parse(feed.body(), "", Parser.xmlParser());
        return xml.select("item").stream()
                .filter(item -> item.select("link").text().contains("/baca/" + id + "/"))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode api(long id) {
        var answer = browser.get(host(), "/api/v1/articles/" + id);
        assertThat(answer.status()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private JsonNode jsonLd(Document page, String type) {
        return page.select("script[type=application/ld+json]").stream()
                .map(script -> json.readTree(script.data()))
                .filter(doc -> doc.get("@type").asString().equals(type))
                .findFirst()
                .orElseThrow();
    }
}

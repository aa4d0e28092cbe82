package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleContent;
import id.redaksi.article.GalleryPicture;
import id.redaksi.site.Site;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The preview shows what readers will get: the preview of a published story and its public page carry the same
 * article, every field of it, so a change to how one of them maps a story shows up here.
 */
@PortalTest
class PreviewMatchesPublishedIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    MockMvc mvc;

    @Autowired
    Browser browser;

    Site site;
    Actor writer;
    Actor coWriter;
    Actor editor;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        writer = fixtures.account(site, Role.WRITER);
        coWriter = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
    }

    @Test
    void thePreviewOfAPublishedStoryShowsTheSameArticleAsItsPublicPage() throws Exception {
        // topics made in the reverse of their names' order, writers not in id order: both pages must agree on order
        var zebra = fixtures.topic(site, "Zebra Cross");
        var banjir = fixtures.topic(site, "Banjir Kota");
        var story = drafting.create(
                editor,
                site.id(),
                new ArticleContent(
                        site.rubrics().getFirst().id(),
                        "Sungai Brantas Meluap",
                        "",
                        "Air naik dua meter dalam semalam.",
                        "<p>Paragraf pertama.</p><p>Paragraf <strong>kedua</strong>.</p><p>Paragraf ketiga.</p>",
                        "Brantas meluap, warga mengungsi",
                        "Ringkasan untuk mesin pencari.",
                        "KEDIRI",
                        fixtures.image(site),
                        "Warga di tepi sungai.",
                        "Dok. Warga",
                        List.of(coWriter.personId(), writer.personId()),
                        List.of(zebra.id(), banjir.id()),
                        editor.personId()));
        newsroom.publish(editor, site.id(), story.id());

        var preview = Jsoup.parse(mvc.perform(get("/redaksi/" + site.slug() + "/cerita/" + story.id() + "/pratinjau")
                        .with(user(editor.username())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var host = site.hosts().getFirst();
        var published = browser.get(
                        host, browser.get(host, "/baca/" + story.id()).header("Location"))
                .html();

        assertThat(preview.select(".preview-banner")).hasSize(1);
        assertThat(published.select("h1.story-title").text()).isEqualTo("Sungai Brantas Meluap");
        assertThat(published.select("figcaption").text()).isEqualTo("Warga di tepi sungai. (Foto: Dok. Warga)");
        assertThat(published.select(".topics li").eachText()).containsExactly("Banjir Kota", "Zebra Cross");
        assertThat(published.select(".story-body").text()).startsWith("KEDIRI");
        assertThat(published.title()).isEqualTo("Brantas meluap, warga mengungsi - " + site.name());
        assertThat(head(preview)).isEqualTo(head(published));
        assertThat(article(preview)).isEqualTo(article(published));
    }

    @Test
    void thePreviewOfAPhotoStoryLeadingWithAVideoShowsTheSamePicturesAndPlayerAsItsPublicPage() throws Exception {
        var draft = Fixtures.draft(site, writer, "Festival Layang-Layang");
        var story = drafting.create(
                editor,
                site.id(),
                new ArticleContent(
                        draft.rubricId(),
                        draft.title(),
                        "",
                        "Ratusan layang-layang di pantai.",
                        draft.bodyHtml(),
                        null,
                        null,
                        null,
                        null,
                        "",
                        "",
                        draft.writerIds(),
                        List.of(),
                        editor.personId(),
                        List.of(
                                new GalleryPicture(fixtures.image(site), "Layang-layang naga.", "Dok. Panitia"),
                                new GalleryPicture(fixtures.image(site), "Pemenang lomba.", "")),
                        "https://youtu.be/dQw4w9WgXcQ",
                        null));
        newsroom.publish(editor, site.id(), story.id());

        var preview = Jsoup.parse(mvc.perform(get("/redaksi/" + site.slug() + "/cerita/" + story.id() + "/pratinjau")
                        .with(user(editor.username())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var host = site.hosts().getFirst();
        var published = browser.get(
                        host, browser.get(host, "/baca/" + story.id()).header("Location"))
                .html();

        assertThat(published.select(".gallery-picture figcaption").eachText())
                .containsExactly("1/2 Layang-layang naga. (Foto: Dok. Panitia)", "2/2 Pemenang lomba.");
        assertThat(published.select(".video-frame").attr("data-embed"))
                .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
        assertThat(head(preview)).isEqualTo(head(published));
        assertThat(article(preview)).isEqualTo(article(published));
    }

    /**
     * What the head says of the article: title and description from the SEO fields, the picture, the address, and
     * the structured data (headline, lead, picture, writers, editor, topics), without the time of the last change:
     * a preview is always "changed now".
     */
    private static List<String> head(Document page) {
        return List.of(
                page.title(),
                page.select("meta[name=description]").attr("content"),
                page.select("meta[property=og:image]").attr("content"),
                page.select("link[rel=canonical]").attr("href"),
                page.select("script[type=application/ld+json]").html().replaceAll("\"dateModified\":\"[^\"]*\",", ""));
    }

    /** The article as the page shows it, all of it but its dates (a preview is "changed now") and read count. */
    private static String article(Document page) {
        var story = page.selectFirst("article.story").clone();
        story.select("p.dates").remove();
        return story.outerHtml();
    }
}

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
import id.redaksi.article.People;
import id.redaksi.media.MediaLibrary;
import id.redaksi.site.Site;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the story desk refuses or decides for the user: topics only from someone with a role and only within a
 * refused save's rollback, topic pages only for topics readers have, the editor credit, and status messages that
 * only the desk itself can write.
 */
@PortalTest
class StorySafeguardsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Browser browser;

    @Autowired
    MediaLibrary media;

    @Autowired
    People people;

    Site site;
    Site elsewhere;
    Actor writer;
    Actor editor;
    Story story;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        elsewhere = fixtures.site().create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
        story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul awal"));
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"create", "save"})
    void anAccountWithNoRoleOnTheSiteCreatesNoTopicThere(String route) throws Exception {
        var outsider = fixtures.account(elsewhere, Role.EDITOR);

        var response = perform(form(route, "topics", "Topik Penyusup"), outsider);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(topics("topik-penyusup")).isZero();
    }

    @Test
    void aRefusedSaveLeavesNoNewTopicBehind() throws Exception {
        var response = perform(
                form("save", "topics", "Topik Yang Batal", "imageId", String.valueOf(fixtures.image(elsewhere))),
                writer);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(topics("topik-yang-batal")).isZero();
    }

    @Test
    void moreThanTenTopicsAreRefusedOnTheFormAndNoneIsMade() throws Exception {
        var eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "Banyak " + i).collect(Collectors.joining(", "));

        var response = perform(form("save", "topics", eleven), writer);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(html(response).select("#topics-error").text()).isEqualTo("Paling banyak 10 topik per naskah.");
        assertThat(topics("banyak-1")).isZero();
        assertThat(html(response).select("#topics").val()).isEqualTo(eleven);
    }

    @Test
    void aTopicWithNoPublishedArticleHasNoPageNoFeedAndNoSitemapEntry() {
        var topic = fixtures.topic(site, "Topik Kosong");
        var host = site.hosts().getFirst();

        assertThat(browser.get(host, "/topik/topik-kosong").status()).isEqualTo(404);
        assertThat(browser.get(host, "/topik/topik-kosong/rss.xml").status()).isEqualTo(404);
        assertThat(browser.get(host, "/sitemap-pages.xml").body()).doesNotContain("/topik/topik-kosong");

        fixtures.article(site).topics(topic).publish();

        assertThat(browser.get(host, "/topik/topik-kosong").status()).isEqualTo(200);
        assertThat(browser.get(host, "/topik/topik-kosong/rss.xml").status()).isEqualTo(200);
    }

    @Test
    void aWritersEditorCreditIsIgnoredAndTheEditorsIsKept() throws Exception {
        var editorsChoice = fixtures.account(site, Role.EDITOR);
        perform(form("save", "editorId", String.valueOf(editorsChoice.personId())), editor);
        var current = newsroom.find(site.id(), story.id());

        var response = perform(
                form(
                        "save",
                        "version",
                        String.valueOf(current.version()),
                        "title",
                        "Judul penulis",
                        "editorId",
                        String.valueOf(writer.personId())),
                writer);

        assertThat(response.getStatus()).isEqualTo(302);
        var saved = newsroom.find(site.id(), story.id()).draft();
        assertThat(saved.title()).isEqualTo("Judul penulis");
        assertThat(saved.editorId()).isEqualTo(editorsChoice.personId());
        var page = html(perform(get(storyPath()), writer));
        assertThat(page.select("#editorId").hasAttr("disabled")).isTrue();
    }

    @Test
    void anEditorPublishingWithoutACreditIsCreditedAsEditor() throws Exception {
        newsroom.submit(writer, site.id(), story.id());

        perform(post(storyPath() + "/terbitkan"), editor);

        assertThat(newsroom.find(site.id(), story.id()).draft().editorId()).isEqualTo(editor.personId());
        var name = people.byIds(java.util.List.of(editor.personId())).getFirst().name();
        var article = browser.get(site.hosts().getFirst(), "/baca/" + story.id());
        assertThat(article.status()).isEqualTo(301);
        assertThat(browser.get(site.hosts().getFirst(), article.header("Location"))
                        .html()
                        .select("span.editor")
                        .text())
                .isEqualTo("- Editor : " + name);
    }

    @Test
    void aWriterMayNotSubmitAnotherWritersDraft() throws Exception {
        var other = fixtures.account(site, Role.WRITER);

        var response = perform(post(storyPath() + "/ajukan"), other);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(html(response).select(".problem h1 + p").text())
                .isEqualTo("Naskah ini bukan tulisan Anda: hanya penulisnya dan editor yang dapat mengubah atau"
                        + " mengajukannya.");
        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.DRAFT);
    }

    @Test
    void aMessageInTheAddressIsNotShown() throws Exception {
        var page = html(perform(get(storyPath()).param("pesan", "Akun Anda diblokir, hubungi 0800"), writer));

        assertThat(page.select(".alert[role=status]")).isEmpty();
        assertThat(page.text()).doesNotContain("Akun Anda diblokir");
        assertThat(html(perform(get(storyPath()).param("disimpan", ""), writer)).select(".alert[role=status]"))
                .isEmpty();
    }

    @Test
    void aSaveSaysSavedOnceAndAStepSaysTheNewStatus() throws Exception {
        var saved = mvc.perform(form("save").with(csrf()).with(user(writer.username())))
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(storyPath());
        assertThat(status(follow(saved))).isEqualTo("Tersimpan.");
        assertThat(html(perform(get(storyPath()), writer)).select(".alert[role=status]"))
                .isEmpty();

        var submitted = mvc.perform(post(storyPath() + "/ajukan").with(csrf()).with(user(writer.username())))
                .andReturn();

        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo(storyPath());
        assertThat(status(follow(submitted))).isEqualTo("Status sekarang: Diajukan.");
    }

    @Test
    void theSitesOwnPicturesAndAProfileNobodyHasYetAreAccepted() throws Exception {
        var picture = media.find(site.id(), fixtures.image(site)).orElseThrow();
        var guest = fixtures.person("Kontributor Tamu");
        var body = "<p>Isi.</p><p><img src=\"" + picture.path() + "\" alt=\"\"></p>";

        var response = perform(
                form(
                        "save",
                        "imageId",
                        String.valueOf(picture.id()),
                        "body",
                        body,
                        "writerIds",
                        String.valueOf(guest.id())),
                editor);

        assertThat(response.getStatus()).isEqualTo(302);
        var saved = newsroom.find(site.id(), story.id()).draft();
        assertThat(saved.imageId()).isEqualTo(picture.id());
        assertThat(saved.bodyHtml()).contains("src=\"" + picture.path() + "\"");
        assertThat(saved.writerIds()).containsExactly(guest.id());
    }

    @Test
    void aPreviewShowsNoPictureOfAnotherSite() throws Exception {
        long theirs = fixtures.image(elsewhere);
        // a draft saved before drafts were checked may still hold another site's picture
        jdbc.sql("update story set image_id = :image where id = :id")
                .param("image", theirs)
                .param("id", story.id())
                .update();
        var key = media.find(elsewhere.id(), theirs).orElseThrow().path();

        var response = perform(get(storyPath() + "/pratinjau"), writer);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).doesNotContain(key);
    }

    private String storyPath() {
        return "/redaksi/" + site.slug() + "/cerita/" + story.id();
    }

    /** The story form as a browser sends it, with the given fields (name, value, name, value …) replaced. */
    private MockHttpServletRequestBuilder form(String route, String... replaced) {
        var target = route.equals("create") ? post("/redaksi/" + site.slug() + "/cerita") : post(storyPath());
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", String.valueOf(story.version()));
        fields.put("title", "Judul dari formulir");
        fields.put("rubricId", String.valueOf(site.rubrics().getFirst().id()));
        fields.put("body", "<p>Isi dari formulir.</p>");
        fields.put("writerIds", String.valueOf(writer.personId()));
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        fields.forEach(target::param);
        return target;
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(actor.username())))
                .andReturn()
                .getResponse();
    }

    /** The page a browser lands on after the redirect, with what the redirect left for it. */
    /** As a browser follows it: the flash message waits in the session its cookie names (Spring Session). */
    private MockHttpServletResponse follow(MvcResult redirect) throws Exception {
        return mvc.perform(get(redirect.getResponse().getRedirectedUrl())
                        .cookie(redirect.getResponse().getCookie("JSESSIONID"))
                        .with(user(writer.username())))
                .andReturn()
                .getResponse();
    }

    private static String status(MockHttpServletResponse response) throws Exception {
        return html(response).select(".alert[role=status]").text();
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    private long topics(String slug) {
        return jdbc.sql("select count(*) from topic where site_id = :site and slug = :slug")
                .param("site", site.id())
                .param("slug", slug)
                .query(Long.class)
                .single();
    }
}

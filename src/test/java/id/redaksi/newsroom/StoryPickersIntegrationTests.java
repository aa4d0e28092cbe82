package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.NewAccount;
import id.redaksi.account.Role;
import id.redaksi.media.MediaLibrary;
import id.redaksi.media.TestImages;
import id.redaksi.site.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story form's pickers as the server answers them: people and topics found by what is typed, a new topic made
 * only when chosen as new (never from a typo), a reopened story's lead picture by sight, and names rather than
 * usernames in a refused save.
 */
@PortalTest
class StoryPickersIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    MediaLibrary media;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Accounts accounts;

    Site site;
    Actor writer;

    @BeforeEach
    void newsroomOfItsOwn() {
        site = fixtures.site().create();
        writer = fixtures.account(site, Role.WRITER);
    }

    @Test
    void peopleAreFoundByTheStartOfAnyWordOfTheirNameWhateverTheCaseAndAccents() throws Exception {
        var rena = fixtures.person("Rénissa Qorvath");
        fixtures.person("Renissi Qorvoth");

        assertThat(names(json("/orang/pilih", "rENISSA"))).containsExactly(rena.name());
        assertThat(names(json("/orang/pilih", "qorva rén"))).containsExactly(rena.name());
        assertThat(json("/orang/pilih", "renissa").get(0).get("id").asLong()).isEqualTo(rena.id());
        assertThat(names(json("/orang/pilih", "orvath"))).isEmpty();
    }

    @Test
    void aTopicTypedIsOfferedWithTheSitesTopicsThatLookAlikeBeforeANewOne() throws Exception {
        fixtures.topic(site, "Pilkada Serentak");
        fixtures.topic(site, "Pemilu 2024");
        fixtures.topic(fixtures.site().create(), "Pilkada Jakarta");

        var typo = json("/topik/pilih", "pilkda");
        assertThat(names(typo.get("matches"))).containsExactly("Pilkada Serentak");
        assertThat(typo.get("create").asString()).isEqualTo("pilkda");

        var prefix = json("/topik/pilih", "PEMI");
        assertThat(names(prefix.get("matches"))).containsExactly("Pemilu 2024");

        var same = json("/topik/pilih", "pemilu 2024");
        assertThat(names(same.get("matches"))).containsExactly("Pemilu 2024");
        assertThat(same.get("create").isNull()).isTrue();

        assertThat(json("/topik/pilih", "Banjir, Rob").get("create").asString()).isEqualTo("Banjir Rob");
    }

    @Test
    void aTopicTheSiteDoesNotHaveIsRefusedUntilItIsChosenAsNewAndTheTextStays() throws Exception {
        fixtures.topic(site, "Pilkada Serentak");

        var refused = perform(story("Debat calon bupati").param("topics", "Pilkada Serentak, Pilkda"));

        assertThat(refused.getStatus()).isEqualTo(400);
        var page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("#topics-error").text())
                .isEqualTo("Topik ini belum ada: Pilkda. Pilih topik yang ada, atau pilih \"Buat topik baru\" bila"
                        + " memang topik baru.");
        assertThat(page.select(".topic-offer").text())
                .isEqualTo("Buat topik baru: Pilkda Yang sudah ada dan mirip: Pilkada Serentak");
        assertThat(page.select(".topic-offer input[name=newTopics]").val()).isEqualTo("Pilkda");
        assertThat(page.select(".topic-offer input[name=newTopics]").hasAttr("checked"))
                .isFalse();
        assertThat(page.select("#title").val()).isEqualTo("Debat calon bupati");
        assertThat(page.select("#topics").val()).isEqualTo("Pilkada Serentak, Pilkda");
        assertThat(topicCount("pilkda")).isZero();

        var made = perform(story("Debat calon bupati")
                .param("topics", "Pilkada Serentak, Pilkda")
                .param("newTopics", "Pilkda"));

        assertThat(made.getStatus()).isEqualTo(302);
        assertThat(topicCount("pilkda")).isEqualTo(1);
        long id = Long.parseLong(made.getRedirectedUrl().replaceAll(".*/cerita/(\\d+).*", "$1"));
        assertThat(page("/cerita/" + id).select("#topics").val()).isEqualTo("Pilkada Serentak, Pilkda");
    }

    @Test
    void aReopenedStoryShowsItsLeadPictureByItsThumbnailWithCaptionAndCredit() throws Exception {
        var picture = media.upload(site.id(), TestImages.jpeg(1200, 900), "pasar.jpg", "Pedagang di pasar");

        var saved = perform(story("Harga cabai naik")
                .param("imageId", String.valueOf(picture.id()))
                .param("imageCaption", "Pedagang cabai di Pasar Senen")
                .param("imageCredit", "ANTARA/Rina"));

        var page = page(saved.getRedirectedUrl().replaceAll(".*/redaksi/[^/]+", ""));
        var thumbnail = page.selectFirst("#lead-picture-thumb");
        assertThat(thumbnail.attr("src"))
                .isEqualTo(picture.renditions().getFirst().path());
        assertThat(thumbnail.hasAttr("hidden")).isFalse();
        assertThat(page.select("#imageCaption").val()).isEqualTo("Pedagang cabai di Pasar Senen");
        assertThat(page.select("#imageCredit").val()).isEqualTo("ANTARA/Rina");
        assertThat(page("/cerita/baru").selectFirst("#lead-picture-thumb").hasAttr("hidden"))
                .isTrue();
    }

    @Test
    void aSaveRefusedBecauseSomeoneSavedMeanwhileNamesThemByName() throws Exception {
        var editor = fixtures.account(site, Role.EDITOR);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul awal"));
        drafting.save(editor, site.id(), story.id(), story.version(), Fixtures.draft(site, writer, "Judul editor"));

        var response = perform(post("/redaksi/" + site.slug() + "/cerita/" + story.id())
                .param("version", String.valueOf(story.version()))
                .param("title", "Judul penulis")
                .param("rubricId", String.valueOf(site.rubrics().getFirst().id()))
                .param("body", "<p>Isi.</p>"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".conflict")
                        .text())
                .startsWith("Naskah ini sudah disimpan oleh " + editor.displayName() + " setelah Anda membukanya.");
    }

    @Test
    void noDeskPageTheStoryPassesThroughShowsAUsername() throws Exception {
        var username = "dsupri" + System.nanoTime();
        var dede =
                accounts.create(new NewAccount(username, "Dede Supriatna", Fixtures.PASSWORD), site.id(), Role.EDITOR);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul awal"));
        var path = "/redaksi/" + site.slug() + "/cerita/" + story.id();
        var saved =
                drafting.save(dede, site.id(), story.id(), story.version(), Fixtures.draft(site, writer, "Judul Dede"));
        perform(post(path + "/catatan").param("isi", "Judulnya sudah saya pendekkan."), dede);
        var editorPage = Jsoup.parse(perform(get(path), dede).getContentAsString());
        var conflict = perform(post(path)
                .param("version", String.valueOf(story.version()))
                .param("title", "Judul penulis")
                .param("body", "<p>Isi.</p>"));

        assertThat(editorPage.select(".history li").eachText())
                .anyMatch(line -> line.endsWith(" · Dede Supriatna menulis catatan"));
        assertThat(editorPage.select("#catatan-naskah li strong").eachText()).containsExactly("Dede Supriatna");
        for (var html : java.util.List.of(
                editorPage.html(),
                conflict.getContentAsString(),
                perform(get(path + "/revisi"), dede).getContentAsString(),
                perform(get("/redaksi/" + site.slug() + "/audit"), dede).getContentAsString(),
                perform(get("/redaksi/" + site.slug() + "/cerita"), dede).getContentAsString(),
                perform(get("/redaksi/"), dede).getContentAsString())) {
            assertThat(Jsoup.parse(html).body().text()).doesNotContain(username).contains("Dede Supriatna");
        }
        assertThat(saved.version()).isGreaterThan(story.version());
    }

    @Test
    void aWritersStickyBarSubmitsAndAnEditorsPublishes() throws Exception {
        var editor = fixtures.account(site, Role.EDITOR);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul awal"));
        var path = "/cerita/" + story.id();

        assertThat(page(path).select(".save-bar button").eachText()).containsExactly("Simpan", "Ajukan ke editor");
        assertThat(page(path).select(".save-bar #submit-story").val()).isEqualTo("ajukan");
        var editors = Jsoup.parse(
                perform(get("/redaksi/" + site.slug() + path), editor).getContentAsString());
        assertThat(editors.select(".save-bar button").eachText()).containsExactly("Simpan", "Terbitkan sekarang");
        assertThat(editors.select(".save-bar #publish").val()).isEqualTo("terbitkan");
        assertThat(editors.select("#submit-story").eachText()).containsExactly("Ajukan ke editor");
    }

    @Test
    void aNewStoryGoesToTheEditorFromTheBarBesideSimpanSavedFirst() throws Exception {
        assertThat(page("/cerita/baru").select(".save-bar button").eachText())
                .containsExactly("Simpan", "Ajukan ke editor");

        var response = perform(
                story("Jembatan putus").param("lead", "Warga memutar 10 km.").param("langkah", "ajukan"));

        assertThat(response.getStatus()).isEqualTo(302);
        long id = Long.parseLong(response.getRedirectedUrl().replaceAll(".*/cerita/(\\d+).*", "$1"));
        var story = newsroom.find(site.id(), id);
        assertThat(story.status()).isEqualTo(StoryStatus.SUBMITTED);
        assertThat(story.draft().lead()).isEqualTo("Warga memutar 10 km.");
    }

    private MockHttpServletRequestBuilder story(String title) {
        return post("/redaksi/" + site.slug() + "/cerita")
                .param("version", "0")
                .param("title", title)
                .param("rubricId", String.valueOf(site.rubrics().getFirst().id()))
                .param("body", "<p>Isi.</p>");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return perform(request, writer);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(actor.username())))
                .andReturn()
                .getResponse();
    }

    private Document page(String path) throws Exception {
        var response = perform(get("/redaksi/" + site.slug() + path));
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private JsonNode json(String path, String typed) throws Exception {
        var response =
                perform(get("/redaksi/" + site.slug() + path).param("q", typed).header("Accept", "application/json"));
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private static java.util.List<String> names(JsonNode list) {
        return list.valueStream().map(n -> n.get("name").asString()).toList();
    }

    private long topicCount(String slug) {
        return jdbc.sql("select count(*) from topic where site_id = :site and slug = :slug")
                .param("site", site.id())
                .param("slug", slug)
                .query(Long.class)
                .single();
    }
}

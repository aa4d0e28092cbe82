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
import id.redaksi.site.Site;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * No typed word is lost on the desk's server side: a workflow step saves the form first, a refused save offers only
 * what keeps both versions, the autosave buffer never touches the story, and a save that meets an expired session or a
 * database outage answers the form back with the text in it.
 */
@PortalTest
class KeepingTheTextIntegrationTests {

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

    @Autowired
    JdbcClient jdbc;

    Site site;
    Actor writer;
    Actor editor;
    Story story;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
        story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul awal"));
    }

    @Test
    void publishingFromTheFormPublishesWhatWasJustTypedWithTheChosenCredit() throws Exception {
        var credited = fixtures.account(site, Role.EDITOR);

        var response = perform(
                form("lead", "Lead yang baru diketik.", "editorId", String.valueOf(credited.personId()))
                        .param("langkah", "terbitkan"),
                editor);

        assertThat(response.getStatus()).isEqualTo(302);
        var published = newsroom.find(site.id(), story.id());
        assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(published.unpublishedChanges()).isFalse();
        assertThat(published.draft().lead()).isEqualTo("Lead yang baru diketik.");
        assertThat(published.draft().editorId()).isEqualTo(credited.personId());
    }

    @Test
    void submittingFromTheFormSavesTheTextFirst() throws Exception {
        var response = perform(form("lead", "Lead penulis.").param("langkah", "ajukan"), writer);

        assertThat(response.getStatus()).isEqualTo(302);
        var submitted = newsroom.find(site.id(), story.id());
        assertThat(submitted.status()).isEqualTo(StoryStatus.SUBMITTED);
        assertThat(submitted.draft().lead()).isEqualTo("Lead penulis.");
    }

    @Test
    void aRefusedStepRefusesTheSaveAndKeepsTheTextOnScreen() throws Exception {
        var response = perform(form("lead", "Lead tanpa judul.", "title", "").param("langkah", "ajukan"), writer);

        assertThat(response.getStatus()).isEqualTo(409);
        var page = html(response);
        assertThat(page.select("p.alert-error").text()).isEqualTo("Lengkapi dulu: judul.");
        assertThat(page.select("#lead").text()).isEqualTo("Lead tanpa judul.");
        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(newsroom.find(site.id(), story.id()).draft().lead()).isEmpty();
    }

    @Test
    void aStepFromAPageSomeoneSavedSinceIsRefusedLikeASave() throws Exception {
        drafting.save(editor, site.id(), story.id(), story.version(), Fixtures.draft(site, writer, "Judul editor"));

        var response = perform(form("lead", "Lead dari halaman lama.").param("langkah", "terbitkan"), editor);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(html(response).select("#lead").text()).isEqualTo("Lead dari halaman lama.");
        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.DRAFT);
    }

    @Test
    void aRefusedSaveOffersTheDiffTheirsMineAndMergeButNoWorkflowStep() throws Exception {
        newsroom.submit(writer, site.id(), story.id());
        var theirs = drafting.save(
                editor, site.id(), story.id(), story.version() + 1, Fixtures.draft(site, writer, "Judul editor"));

        var response = perform(form("title", "Judul saya", "lead", "Lead saya", "version", "1"), editor);

        assertThat(response.getStatus()).isEqualTo(409);
        var page = html(response);
        assertThat(page.select("#publish, #submit-story, #schedule, #request-changes, #unpublish"))
                .isEmpty();
        assertThat(page.select(".diff tr.changed th").eachText()).contains("Judul", "Ringkasan (lead)");
        assertThat(page.select(".diff tr.changed:has(th:contains(Judul)) td.mine")
                        .text())
                .isEqualTo("Judul saya");
        assertThat(page.select(".diff tr.changed:has(th:contains(Judul)) td.theirs")
                        .text())
                .isEqualTo("Judul editor");
        assertThat(page.select("a#take-theirs").attr("href")).isEqualTo(storyPath());
        assertThat(page.select("#keep-mine").text()).isEqualTo("Simpan versi saya di atas versi mereka");
        assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(theirs.version()));
        assertThat(page.select("#title").val()).isEqualTo("Judul saya");

        // keep mine (or the merge typed into the form): a new save on top of theirs
        var kept = perform(
                form("title", "Judul saya", "lead", "Lead saya", "version", String.valueOf(theirs.version())), editor);
        assertThat(kept.getStatus()).isEqualTo(302);
        assertThat(newsroom.find(site.id(), story.id()).draft().title()).isEqualTo("Judul saya");
    }

    @Test
    void anAutosaveIsKeptApartFromTheStoryAndOfferedBackOnTheEditorPage() throws Exception {
        var answer = perform(autosave(form("lead", "Lead otomatis.")), writer);

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentType()).startsWith("application/json");
        assertThat(answer.getContentAsString()).matches("\\{\"disimpan\":\"\\d{2}\\.\\d{2}\"}");
        var unchanged = newsroom.find(site.id(), story.id());
        assertThat(unchanged.version()).isEqualTo(story.version());
        assertThat(unchanged.draft().lead()).isEmpty();

        var page = html(perform(get(storyPath()), writer));
        assertThat(page.select(".autosave-offer").text())
                .matches("Ada naskah tersimpan otomatis dari \\d{2}\\.\\d{2}.*");
        assertThat(page.select("#lead").text()).isEmpty();
        assertThat(html(perform(get(storyPath()), editor)).select(".autosave-offer"))
                .isEmpty();

        var restored = html(perform(get(storyPath()).param("pulihkan", ""), writer));
        assertThat(restored.select("#lead").text()).isEqualTo("Lead otomatis.");
        assertThat(restored.select("input[name=version]").val()).isEqualTo(String.valueOf(story.version()));

        perform(post(storyPath() + "/autosave/buang"), writer);
        assertThat(html(perform(get(storyPath()), writer)).select(".autosave-offer"))
                .isEmpty();
    }

    @Test
    void aSaveForgetsTheAutosave() throws Exception {
        perform(autosave(form("lead", "Lead otomatis.")), writer);

        perform(form("lead", "Lead tersimpan."), writer);

        assertThat(html(perform(get(storyPath()), writer)).select(".autosave-offer"))
                .isEmpty();
    }

    @Test
    void onlyThoseWhoMayEditTheStoryMayAutosaveHeartbeatOrTakeOver() throws Exception {
        var otherWriter = fixtures.account(site, Role.WRITER);
        var outsider = fixtures.account(fixtures.site().create(), Role.EDITOR);
        for (var path : new String[] {"/autosave", "/sunting", "/ambil-alih"}) {
            java.util.function.Supplier<MockHttpServletRequestBuilder> request =
                    () -> (path.equals("/autosave") ? autosave(form()) : post(storyPath() + path))
                            .accept(org.springframework.http.MediaType.APPLICATION_JSON);
            assertThat(perform(request.get(), writer).getStatus()).as(path).isEqualTo(200);
            assertThat(perform(request.get(), editor).getStatus()).as(path).isEqualTo(200);
            assertThat(perform(request.get(), otherWriter).getStatus()).as(path).isEqualTo(403);
            assertThat(perform(request.get(), outsider).getStatus()).as(path).isEqualTo(403);
            var anonymous = mvc.perform(request.get().with(csrf())).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isEqualTo(401);
        }
    }

    @Test
    void theKeepAliveAnswersTheTokenToWhoeverIsLoggedInAnd401ToNobody() throws Exception {
        var alive = mvc.perform(get("/redaksi/sesi")
                        .accept(org.springframework.http.MediaType.APPLICATION_JSON)
                        .with(user(writer.username())))
                .andReturn()
                .getResponse();
        assertThat(alive.getStatus()).isEqualTo(200);
        assertThat(alive.getContentAsString()).matches("\\{\"token\":\"[^\"]{20,}\"}");

        var nobody = mvc.perform(get("/redaksi/sesi").accept(org.springframework.http.MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        assertThat(nobody.getStatus()).isEqualTo(401);
        // a page, not a background request: the login page as before
        assertThat(mvc.perform(get(storyPath())).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/redaksi/masuk");
    }

    @Test
    void whoElseHasTheStoryOpenIsToldAndATakeoverIsToldBack() throws Exception {
        perform(post(storyPath() + "/sunting"), writer);

        var heartbeat = perform(post(storyPath() + "/sunting"), editor);

        var writerName = "Pengguna " + writer.username();
        assertThat(heartbeat.getContentAsString())
                .isEqualTo("{\"lain\":[\"" + writerName + "\"],\"diambilAlih\":null}");
        assertThat(html(perform(get(storyPath()), editor)).select(".soft-lock").text())
                .isEqualTo(writerName + " sedang menyunting naskah ini.");

        perform(post(storyPath() + "/ambil-alih"), editor);
        var told = perform(post(storyPath() + "/sunting"), writer);
        assertThat(told.getContentAsString())
                .isEqualTo("{\"lain\":[\"Pengguna " + editor.username() + "\"],\"diambilAlih\":\"Pengguna "
                        + editor.username() + "\"}");
    }

    @Test
    void aSaveAfterTheSessionExpiredAnswersTheFormWithTheText() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("_csrf", "token-of-a-session-that-expired");
        fields.put("version", String.valueOf(story.version()));
        fields.put("title", "Judul yang hampir hilang");
        fields.put("lead", "Lead yang diketik sebelum sesi habis.");
        fields.put("body", "<p>Isi panjang.</p>");
        var body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));

        var page = browser.post(site.hosts().getFirst(), storyPath(), body);

        assertThat(page.status()).isEqualTo(403);
        var html = page.html();
        assertThat(html.select("h1").text()).isEqualTo("Sesi Anda berakhir: naskah belum tersimpan");
        assertThat(html.select("#lead").text()).isEqualTo("Lead yang diketik sebelum sesi habis.");
        assertThat(html.select("#title").val()).isEqualTo("Judul yang hampir hilang");
        assertThat(html.select("#body").text()).isEqualTo("<p>Isi panjang.</p>");
        assertThat(html.select("form#story-form").attr("action")).isEqualTo(storyPath());
        assertThat(html.select("#relogin input[name=password]")).hasSize(1);

        // the same form posted from another site gets no login that would save it
        var foreign = browser.post(site.hosts().getFirst(), storyPath(), body, "Sec-Fetch-Site", "cross-site");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.html().select("h1").text()).isEqualTo("Sesi Anda berakhir");
        assertThat(foreign.html().select("#relogin, #lead")).isEmpty();
    }

    @Test
    void aSaveDuringADatabaseOutageAnswersTheFormWithTheTextAnd503() throws Exception {
        jdbc.sql("alter table story rename to story_away").update();
        MockHttpServletResponse response;
        try {
            response = perform(form("lead", "Lead saat gangguan."), writer);
        } finally {
            jdbc.sql("alter table story_away rename to story").update();
        }

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        var page = html(response);
        assertThat(page.select("h1").text()).isEqualTo("Naskah belum tersimpan");
        assertThat(page.select("p.alert-error").text())
                .isEqualTo("Basis data sedang terganggu, jadi naskah belum tersimpan. Teks Anda masih di bawah;"
                        + " halaman ini mencoba menyimpannya lagi setiap beberapa detik.");
        assertThat(page.select("#lead").text()).isEqualTo("Lead saat gangguan.");
        assertThat(page.select("input[type=hidden][name=writerIds]").val())
                .isEqualTo(String.valueOf(writer.personId()));
        assertThat(page.select("form#story-form[data-retry]")).hasSize(1);
    }

    private String storyPath() {
        return "/redaksi/" + site.slug() + "/cerita/" + story.id();
    }

    private MockHttpServletRequestBuilder autosave(MockHttpServletRequestBuilder form) {
        var request = post(storyPath() + "/autosave");
        form.buildRequest(new org.springframework.mock.web.MockServletContext())
                .getParameterMap()
                .forEach(request::param);
        return request;
    }

    /** The story form as the browser sends it, on top of the story's version, with the given fields replaced. */
    private MockHttpServletRequestBuilder form(String... replaced) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", String.valueOf(story.version()));
        fields.put("title", "Judul awal");
        fields.put("rubricId", String.valueOf(site.rubrics().getFirst().id()));
        fields.put("body", "<p>Isi.</p>");
        fields.put("writerIds", String.valueOf(writer.personId()));
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        var request = post(storyPath());
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(actor.username())))
                .andReturn()
                .getResponse();
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }
}

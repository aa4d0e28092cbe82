package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.LiveReports;
import id.redaksi.article.Notice;
import id.redaksi.media.MediaLibrary;
import id.redaksi.site.Site;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every newsroom endpoint, for every kind of user: who must be refused (403, or the login page for nobody)
 * and who must get through. The table is the contract; a new endpoint belongs in it.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomAccessIntegrationTests {

    enum Who {
        ANONYMOUS,
        OUTSIDER,
        WRITER,
        OTHER_WRITER,
        EDITOR,
        SITE_ADMIN,
        NETWORK_ADMIN
    }

    private static final Set<Who> STAFF =
            EnumSet.of(Who.WRITER, Who.OTHER_WRITER, Who.EDITOR, Who.SITE_ADMIN, Who.NETWORK_ADMIN);
    /** Who may change a story: its own writer and the site's editors, not every writer of the site. */
    private static final Set<Who> AUTHORS = EnumSet.of(Who.WRITER, Who.EDITOR, Who.SITE_ADMIN, Who.NETWORK_ADMIN);

    private static final Set<Who> EDITORS = EnumSet.of(Who.EDITOR, Who.SITE_ADMIN, Who.NETWORK_ADMIN);
    private static final Set<Who> ADMINS = EnumSet.of(Who.SITE_ADMIN, Who.NETWORK_ADMIN);

    /** A request to make, given the story it needs (in the state the row names) and the site. */
    record Endpoint(
            String name, Function<Case, ? extends AbstractMockHttpServletRequestBuilder<?>> request, Set<Who> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Case(Site site, Story story, Actor writer) {
        String story(String rest) {
            return "/redaksi/" + site.slug() + "/cerita/" + story.id() + rest;
        }
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    Notices notices;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MediaLibrary media;

    @Autowired
    Assigning assigning;

    @Autowired
    LiveCoverage liveCoverage;

    Site site;
    Site elsewhere;
    Map<Who, Actor> actors;

    @BeforeAll
    void accounts() {
        site = fixtures.site().create();
        elsewhere = fixtures.site().create();
        actors = Map.of(
                Who.OUTSIDER, fixtures.account(elsewhere, Role.EDITOR),
                Who.WRITER, fixtures.account(site, Role.WRITER),
                Who.OTHER_WRITER, fixtures.account(site, Role.WRITER),
                Who.EDITOR, fixtures.account(site, Role.EDITOR),
                Who.SITE_ADMIN, fixtures.account(site, Role.SITE_ADMIN),
                Who.NETWORK_ADMIN, fixtures.networkAdmin());
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("dashboard", c -> get("/redaksi/"), EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))),
                new Endpoint("my account", c -> get("/redaksi/akun"), EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))),
                new Endpoint(
                        "my newsroom language",
                        c -> post("/redaksi/akun/bahasa").param("language", "id"),
                        EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))),
                new Endpoint("story list", c -> get("/redaksi/" + c.site().slug() + "/cerita"), STAFF),
                new Endpoint("new story form", c -> get("/redaksi/" + c.site().slug() + "/cerita/baru"), STAFF),
                new Endpoint(
                        "create story", c -> form(post("/redaksi/" + c.site().slug() + "/cerita"), c), STAFF),
                new Endpoint("open story", c -> get(c.story("")), STAFF),
                new Endpoint("save draft", c -> form(post(c.story("")), c), AUTHORS),
                new Endpoint("submit", c -> post(c.story("/ajukan")), AUTHORS),
                new Endpoint("pull back", c -> post(submitted(c).story("/tarik-kembali")), EnumSet.of(Who.WRITER)),
                new Endpoint("add a note", c -> post(c.story("/catatan")).param("isi", "Sudah."), AUTHORS),
                new Endpoint("preview", c -> get(c.story("/pratinjau")), STAFF),
                new Endpoint("revisions", c -> get(c.story("/revisi")), STAFF),
                new Endpoint("restore confirmation", c -> get(c.story("/revisi/1/pulihkan")), AUTHORS),
                new Endpoint("restore revision", c -> post(c.story("/revisi/1/pulihkan")), AUTHORS),
                new Endpoint(
                        "request changes",
                        c -> post(submitted(c).story("/minta-perubahan")).param("catatan", "Perbaiki."),
                        EDITORS),
                new Endpoint(
                        "schedule",
                        c -> post(submitted(c).story("/jadwalkan")).param("waktu", "2099-01-01T10:00"),
                        EDITORS),
                new Endpoint("publish", c -> post(submitted(c).story("/terbitkan")), EDITORS),
                new Endpoint(
                        "unpublish",
                        c -> post(published(c).story("/tarik")).param("catatan", "Narasumber mencabut keterangannya."),
                        EDITORS),
                new Endpoint(
                        "add correction",
                        c -> post(published(c).story("/pemberitahuan")).param("teks", "Ralat."),
                        EDITORS),
                new Endpoint("notices", c -> get(published(c).story("/pemberitahuan")), EDITORS),
                new Endpoint(
                        "preview a correction",
                        c -> post(published(c).story("/pemberitahuan"))
                                .param("teks", "Ralat.")
                                .param("aksi", "pratinjau"),
                        EDITORS),
                new Endpoint(
                        "change a correction",
                        c -> post(c.story("/pemberitahuan/" + notice(c))).param("teks", "Ralat yang diubah."),
                        EDITORS),
                new Endpoint(
                        "remove a correction", c -> post(c.story("/pemberitahuan/" + notice(c) + "/hapus")), EDITORS),
                new Endpoint("live report desk", c -> get(live(c).story("/langsung")), STAFF),
                new Endpoint(
                        "post a live update",
                        c -> post(live(c).story("/langsung")).param("teks", "Air mulai surut."),
                        AUTHORS),
                new Endpoint(
                        "edit a live update",
                        c -> post(c.story("/langsung/" + liveUpdate(c))).param("teks", "Air mulai surut di Gubeng."),
                        EDITORS),
                new Endpoint(
                        "delete a live update", c -> post(c.story("/langsung/" + liveUpdate(c) + "/hapus")), EDITORS),
                new Endpoint(
                        "pin a live update", c -> post(c.story("/langsung/" + liveUpdate(c) + "/sematkan")), EDITORS),
                new Endpoint("end a live report", c -> post(live(c).story("/langsung/akhiri")), EDITORS),
                new Endpoint("restart a live report", c -> post(ended(c).story("/langsung/mulai")), EDITORS),
                new Endpoint("assignments", c -> get("/redaksi/" + c.site().slug() + "/penugasan"), EDITORS),
                new Endpoint(
                        "assign",
                        c -> post("/redaksi/" + c.site().slug() + "/penugasan")
                                .param("judul", "Gagasan")
                                .param("penulis", String.valueOf(c.writer().personId()))
                                .param("tenggat", "2099-01-01T10:00"),
                        EDITORS),
                new Endpoint(
                        "start an assignment",
                        c -> post("/redaksi/" + c.site().slug() + "/penugasan/" + assigned(c) + "/mulai"),
                        EnumSet.of(Who.WRITER)),
                new Endpoint("audit log", c -> get("/redaksi/" + c.site().slug() + "/audit"), EDITORS),
                new Endpoint("curation screen", c -> get("/redaksi/" + c.site().slug() + "/kurasi"), EDITORS),
                new Endpoint(
                        "arrange the front page",
                        c -> post("/redaksi/" + c.site().slug() + "/kurasi").param("utama", ""),
                        EDITORS),
                new Endpoint(
                        "rubric curation screen",
                        c -> get("/redaksi/" + c.site().slug() + "/kurasi/kanal/"
                                + c.site().rubrics().getFirst().slug()),
                        EDITORS),
                new Endpoint(
                        "arrange a rubric's headline",
                        c -> post("/redaksi/" + c.site().slug() + "/kurasi/kanal/"
                                        + c.site().rubrics().getFirst().slug())
                                .param("utama", ""),
                        EDITORS),
                new Endpoint(
                        "pin breaking news",
                        c -> post("/redaksi/" + c.site().slug() + "/kurasi/breaking")
                                .param("teks", "Jalan tol ditutup")
                                .param("tautan", "/indeks")
                                .param("sampai", "2099-01-01T10:00"),
                        EDITORS),
                new Endpoint(
                        "take breaking news down",
                        c -> post("/redaksi/" + c.site().slug() + "/kurasi/breaking/hapus"),
                        EDITORS),
                new Endpoint(
                        "story search for curation",
                        c -> get("/redaksi/" + c.site().slug() + "/kurasi/pilih")
                                .param("q", "cerita"),
                        EDITORS),
                new Endpoint("media library", c -> get("/redaksi/" + c.site().slug() + "/media"), STAFF),
                new Endpoint(
                        "media list for the editor",
                        c -> get("/redaksi/" + c.site().slug() + "/media.json"),
                        STAFF),
                new Endpoint(
                        "people picker",
                        c -> get("/redaksi/" + c.site().slug() + "/orang/pilih").param("q", "pengguna"),
                        STAFF),
                new Endpoint(
                        "topic picker",
                        c -> get("/redaksi/" + c.site().slug() + "/topik/pilih").param("q", "pemilu"),
                        STAFF),
                new Endpoint("users", c -> get("/redaksi/admin/pengguna"), ADMINS),
                new Endpoint(
                        "grant a role",
                        c -> post("/redaksi/admin/pengguna/" + c.writer().id() + "/peran")
                                .param("siteId", String.valueOf(c.site().id()))
                                .param("role", "WRITER"),
                        ADMINS),
                new Endpoint(
                        "link a profile",
                        c -> post("/redaksi/admin/pengguna/" + c.writer().id() + "/profil")
                                .param("personId", String.valueOf(c.writer().personId())),
                        EnumSet.of(Who.NETWORK_ADMIN)),
                new Endpoint("people", c -> get("/redaksi/admin/orang"), ADMINS),
                new Endpoint("sites", c -> get("/redaksi/admin/situs"), EnumSet.of(Who.NETWORK_ADMIN)),
                new Endpoint(
                        "create a site",
                        c -> post("/redaksi/admin/situs")
                                .param("name", "Warta Baru")
                                .param("slug", "baru-" + c.story().id())
                                .param("dateline", "WARTABARU")
                                .param("host", "baru" + c.story().id() + ".test")
                                .param("baseUrl", "https://baru.test")
                                .param("zone", "Asia/Jakarta"),
                        EnumSet.of(Who.NETWORK_ADMIN)),
                new Endpoint(
                        "add a rubric",
                        c -> post("/redaksi/admin/situs/" + c.site().id() + "/kanal")
                                .param("name", "Kanal " + c.story().id()),
                        EnumSet.of(Who.NETWORK_ADMIN)),
                new Endpoint(
                        "rename a rubric",
                        c -> post("/redaksi/admin/situs/" + c.site().id() + "/kanal/politik/nama")
                                .param("name", "Politik " + c.story().id()),
                        EnumSet.of(Who.NETWORK_ADMIN)),
                new Endpoint("add a person", c -> post("/redaksi/admin/orang").param("name", "Nama Baru"), ADMINS),
                new Endpoint("site settings", c -> get("/redaksi/" + c.site().slug() + "/pengaturan"), ADMINS),
                new Endpoint(
                        "save site settings",
                        c -> post("/redaksi/" + c.site().slug() + "/pengaturan")
                                .param("name", c.site().name())
                                .param("language", "id")
                                .param(
                                        "googleNewsUrl",
                                        "https://news.google.com/publications/"
                                                + c.story().id()),
                        ADMINS),
                new Endpoint(
                        "add a static page",
                        c -> post("/redaksi/" + c.site().slug() + "/pengaturan/halaman")
                                .param("title", "Halaman " + c.story().id()),
                        ADMINS),
                new Endpoint(
                        "static page editor",
                        c -> get("/redaksi/" + c.site().slug() + "/pengaturan/halaman/redaksi"),
                        ADMINS),
                new Endpoint(
                        "save a static page",
                        c -> post("/redaksi/" + c.site().slug() + "/pengaturan/halaman/redaksi")
                                .param("title", "Redaksi")
                                .param(
                                        "body",
                                        "<p>Penanggung jawab: " + c.story().id() + "</p>"),
                        ADMINS),
                new Endpoint("ads", c -> get("/redaksi/" + c.site().slug() + "/iklan"), ADMINS),
                new Endpoint(
                        "save ads",
                        c -> post("/redaksi/" + c.site().slug() + "/iklan")
                                .param("inArticleAfter", "3")
                                .param("origins", "https://securepubads.g.doubleclick.net")
                                .param("adsTxt", ""),
                        ADMINS),
                new Endpoint("WordPress upload", c -> get("/redaksi/admin/wordpress"), EnumSet.of(Who.NETWORK_ADMIN)),
                new Endpoint(
                        "import a WordPress export",
                        c -> multipart("/redaksi/admin/wordpress")
                                .file(new MockMultipartFile("export", "export.xml", "text/xml", SMALL_EXPORT))
                                .param("site", c.site().slug()),
                        EnumSet.of(Who.NETWORK_ADMIN)));
    }

    /** A WordPress export of one post, as the newsroom's upload takes it. */
    private static final byte[] SMALL_EXPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel><item><title>Uji Impor</title><dc:creator>uji</dc:creator>
            <content:encoded><![CDATA[Isi uji.]]></content:encoded><wp:post_id>1</wp:post_id>
            <wp:post_date_gmt>2024-01-02 03:04:05</wp:post_date_gmt><wp:post_name>uji-impor</wp:post_name>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>
            """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    Stream<Arguments> cases() {
        return endpoints().stream().flatMap(e -> Stream.of(Who.values()).map(who -> Arguments.of(e, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void refusesWhoItMustAndAllowsWhoItMust(Endpoint endpoint, Who who) throws Exception {
        var writer = actors.get(Who.WRITER);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Cerita uji akses"));
        var request = endpoint.request().apply(new Case(site, story, writer)).with(csrf());
        if (who != Who.ANONYMOUS) {
            request.with(user(actors.get(who).username()));
        }

        var response = mvc.perform(request).andReturn().getResponse();

        if (who == Who.ANONYMOUS) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/redaksi/masuk");
        } else if (endpoint.allowed().contains(who)) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 302);
            if (response.getRedirectedUrl() != null) {
                assertThat(response.getRedirectedUrl()).doesNotEndWith("/redaksi/masuk");
            }
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
        }
    }

    /** A field of the story form given an id that exists, but on another site of the network. */
    record ForeignId(String field, String error, Function<NewsroomAccessIntegrationTests, String> value) {
        @Override
        public String toString() {
            return field;
        }
    }

    static Stream<Arguments> foreignIds() {
        var ids = List.of(
                new ForeignId(
                        "imageId",
                        "Gambar ini tidak ada di pustaka media situs ini.",
                        t -> String.valueOf(t.fixtures.image(t.elsewhere))),
                new ForeignId(
                        "rubricId",
                        "Pilih kanal dari daftar.",
                        t -> String.valueOf(t.elsewhere.rubrics().getFirst().id())),
                new ForeignId(
                        "writerIds",
                        "Pilih penulis dari daftar.",
                        t -> String.valueOf(
                                t.fixtures.account(t.elsewhere, Role.WRITER).personId())),
                new ForeignId(
                        "editorId",
                        "Pilih editor dari daftar.",
                        t -> String.valueOf(
                                t.fixtures.account(t.elsewhere, Role.EDITOR).personId())),
                new ForeignId(
                        "body",
                        "Gambar di isi berita harus dari pustaka media situs ini.",
                        t -> "<p>Isi.</p><p><img src=\""
                                + t.media
                                        .find(t.elsewhere.id(), t.fixtures.image(t.elsewhere))
                                        .orElseThrow()
                                        .path()
                                + "\" alt=\"\"></p>"));
        return ids.stream().flatMap(id -> Stream.of("create", "save").map(route -> Arguments.of(id, route)));
    }

    @ParameterizedTest(name = "{0} of another site on {1}")
    @MethodSource("foreignIds")
    void anIdOfAnotherSiteInAnyFieldIsRefusedNamingTheField(ForeignId foreign, String route) throws Exception {
        var writer = actors.get(Who.WRITER);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Cerita uji akses"));
        var c = new Case(site, story, writer);
        var target = route.equals("create") ? post("/redaksi/" + site.slug() + "/cerita") : post(c.story(""));
        var request = form(
                        target,
                        c,
                        Map.of(foreign.field(), foreign.value().apply(this), "title", "Judul dengan isian asing"))
                .with(csrf())
                .with(user(actors.get(Who.EDITOR).username()));

        var response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#" + foreign.field() + "-error")
                        .text())
                .isEqualTo(foreign.error());
        assertThat(newsroom.find(site.id(), story.id()).draft().title()).isEqualTo("Cerita uji akses");
        assertThat(stories("Judul dengan isian asing")).isZero();
    }

    @ParameterizedTest(name = "topic named like one of another site, on {0}")
    @ValueSource(strings = {"create", "save"})
    void aTopicNamedLikeOneOfAnotherSiteIsThisSitesOwn(String route) throws Exception {
        var writer = actors.get(Who.WRITER);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Cerita uji akses"));
        var theirs = fixtures.topic(elsewhere, "Rahasia " + route + " " + story.id());
        var c = new Case(site, story, writer);
        var target = route.equals("create") ? post("/redaksi/" + site.slug() + "/cerita") : post(c.story(""));

        // a topic the site does not have yet is made when chosen as new, as the picker's "Buat topik baru" does
        var response = mvc.perform(form(target, c, Map.of("topics", theirs.name(), "newTopics", theirs.name()))
                        .with(csrf())
                        .with(user(writer.username())))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        long saved = Long.parseLong(response.getRedirectedUrl().replaceAll(".*/cerita/(\\d+).*", "$1"));
        var topicIds = newsroom.find(site.id(), saved).draft().topicIds();
        assertThat(topicIds).hasSize(1).doesNotContain(theirs.id());
        assertThat(jdbc.sql("select site_id from topic where id = :id")
                        .param("id", topicIds.getFirst())
                        .query(Long.class)
                        .single())
                .isEqualTo(site.id());
    }

    private static final Set<String> EDITOR_STEPS = Set.of(
            "request changes",
            "schedule",
            "publish",
            "unpublish",
            "add correction",
            "notices",
            "change correction",
            "remove correction");

    /** Every route that takes a story id, and what it sends. */
    static Stream<Arguments> storyRoutes() {
        Map<String, Function<String, MockHttpServletRequestBuilder>> routes = new java.util.LinkedHashMap<>();
        routes.put("open", story -> get(story));
        routes.put("save", story -> post(story).param("version", "0").param("title", "Judul"));
        routes.put("submit", story -> post(story + "/ajukan"));
        routes.put("preview", story -> get(story + "/pratinjau"));
        routes.put("revisions", story -> get(story + "/revisi"));
        routes.put(
                "compare revisions",
                story -> get(story + "/revisi").param("dari", "1").param("ke", "1"));
        routes.put("restore confirmation", story -> get(story + "/revisi/1/pulihkan"));
        routes.put("restore", story -> post(story + "/revisi/1/pulihkan"));
        routes.put("request changes", story -> post(story + "/minta-perubahan").param("catatan", "Perbaiki."));
        routes.put("schedule", story -> post(story + "/jadwalkan").param("waktu", "2099-01-01T10:00"));
        routes.put("publish", story -> post(story + "/terbitkan"));
        routes.put("unpublish", story -> post(story + "/tarik").param("catatan", "Narasumber mencabut keterangannya."));
        routes.put("add correction", story -> post(story + "/pemberitahuan").param("teks", "Ralat."));
        routes.put("notices", story -> get(story + "/pemberitahuan"));
        routes.put(
                "change correction", story -> post(story + "/pemberitahuan/1").param("teks", "Ralat."));
        routes.put("remove correction", story -> post(story + "/pemberitahuan/1/hapus"));
        routes.put("pull back", story -> post(story + "/tarik-kembali"));
        routes.put("add a note", story -> post(story + "/catatan").param("isi", "Sudah."));
        return routes.entrySet().stream()
                .flatMap(route -> Stream.of(Who.OUTSIDER, Who.WRITER, Who.EDITOR)
                        // a writer may open any story of their site; only an editor's steps are beyond them
                        .filter(who -> who != Who.WRITER || EDITOR_STEPS.contains(route.getKey()))
                        .map(who -> Arguments.of(route.getKey(), route.getValue(), who)));
    }

    /**
     * Whether an id names a story must not show through a refusal: for someone with no role on the site, a writer on
     * an editor's step, or an editor asking for another site's story, an existing id answers what a missing one does.
     */
    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("storyRoutes")
    void aStoryOfAnotherSiteOrBeyondOnesRoleAnswersLikeNoStory(
            String name, Function<String, MockHttpServletRequestBuilder> route, Who who) throws Exception {
        var owner = who == Who.EDITOR ? fixtures.account(elsewhere, Role.WRITER) : actors.get(Who.WRITER);
        var ownSite = who == Who.EDITOR ? elsewhere : site;
        var story = drafting.create(owner, ownSite.id(), Fixtures.draft(ownSite, owner, "Cerita rahasia"));
        var base = "/redaksi/" + site.slug() + "/cerita/";

        var existing = answer(route.apply(base + story.id()), who);
        var missing = answer(route.apply(base + Long.MAX_VALUE), who);

        assertThat(existing).isEqualTo(missing);
        assertThat(existing.status()).isIn(403, 404);
    }

    record Answer(int status, String heading, String message) {}

    private Answer answer(MockHttpServletRequestBuilder request, Who who) throws Exception {
        var response = mvc.perform(
                        request.with(csrf()).with(user(actors.get(who).username())))
                .andReturn()
                .getResponse();
        var page = Jsoup.parse(response.getContentAsString());
        return new Answer(
                response.getStatus(),
                page.select("h1").text(),
                page.select(".problem p").text());
    }

    private long stories(String title) {
        return jdbc.sql("select count(*) from story where title = :title")
                .param("title", title)
                .query(Long.class)
                .single();
    }

    private long assigned(Case c) {
        return assigning.assign(
                actors.get(Who.EDITOR),
                c.site().id(),
                new NewAssignment(
                        "Gagasan", "", c.writer().personId(), java.time.Instant.parse("2099-01-01T03:00:00Z")));
    }

    private Case submitted(Case c) {
        newsroom.submit(c.writer(), c.site().id(), c.story().id());
        return new Case(c.site(), newsroom.find(c.site().id(), c.story().id()), c.writer());
    }

    private Case published(Case c) {
        var submitted = submitted(c);
        newsroom.publish(actors.get(Who.EDITOR), c.site().id(), c.story().id());
        return submitted;
    }

    /** The case's story published as a live report. */
    private Case live(Case c) {
        var published = published(c);
        liveCoverage.mark(actors.get(Who.EDITOR), c.site().id(), c.story().id(), true);
        return published;
    }

    private Case ended(Case c) {
        var live = live(c);
        liveCoverage.end(actors.get(Who.EDITOR), c.site().id(), c.story().id(), false);
        return live;
    }

    /** The id of an update its writer posted on the case's story, made a published live report for it. */
    private long liveUpdate(Case c) {
        live(c);
        return liveCoverage.post(
                c.writer(), c.site().id(), c.story().id(), new LiveReports.Draft("Hujan deras sejak pagi.", null));
    }

    /** The id of a correction added to the case's story, published for it. */
    private long notice(Case c) {
        published(c);
        notices.add(actors.get(Who.EDITOR), c.site().id(), c.story().id(), Notice.Kind.RALAT, "Ralat awal.");
        return jdbc.sql("select id from article_notice where article_id = :id")
                .param("id", c.story().id())
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Case c) {
        return form(request, c, Map.of());
    }

    /** The story form as a browser sends it, with some fields' values replaced. */
    private static MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, Case c, Map<String, String> replaced) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("version", String.valueOf(c.story().version()));
        fields.put("title", "Judul dari formulir");
        fields.put("rubricId", String.valueOf(c.site().rubrics().getFirst().id()));
        fields.put("body", "<p>Isi dari formulir.</p>");
        fields.put("writerIds", String.valueOf(c.writer().personId()));
        fields.putAll(replaced);
        fields.forEach(request::param);
        return request;
    }
}

package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
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
        EDITOR,
        SITE_ADMIN,
        NETWORK_ADMIN
    }

    private static final Set<Who> STAFF = EnumSet.of(Who.WRITER, Who.EDITOR, Who.SITE_ADMIN, Who.NETWORK_ADMIN);
    private static final Set<Who> EDITORS = EnumSet.of(Who.EDITOR, Who.SITE_ADMIN, Who.NETWORK_ADMIN);
    private static final Set<Who> ADMINS = EnumSet.of(Who.SITE_ADMIN, Who.NETWORK_ADMIN);

    /** A request to make, given the story it needs (in the state the row names) and the site. */
    record Endpoint(String name, Function<Case, MockHttpServletRequestBuilder> request, Set<Who> allowed) {
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
    MockMvc mvc;

    Site site;
    Map<Who, Actor> actors;

    @BeforeAll
    void accounts() {
        site = fixtures.site().create();
        var elsewhere = fixtures.site().create();
        actors = Map.of(
                Who.OUTSIDER, fixtures.account(elsewhere, Role.EDITOR),
                Who.WRITER, fixtures.account(site, Role.WRITER),
                Who.EDITOR, fixtures.account(site, Role.EDITOR),
                Who.SITE_ADMIN, fixtures.account(site, Role.SITE_ADMIN),
                Who.NETWORK_ADMIN, fixtures.networkAdmin());
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("dashboard", c -> get("/redaksi/"), EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))),
                new Endpoint("story list", c -> get("/redaksi/" + c.site().slug() + "/cerita"), STAFF),
                new Endpoint("new story form", c -> get("/redaksi/" + c.site().slug() + "/cerita/baru"), STAFF),
                new Endpoint(
                        "create story", c -> form(post("/redaksi/" + c.site().slug() + "/cerita"), c), STAFF),
                new Endpoint("open story", c -> get(c.story("")), STAFF),
                new Endpoint("save draft", c -> form(post(c.story("")), c), STAFF),
                new Endpoint("submit", c -> post(c.story("/ajukan")), STAFF),
                new Endpoint("preview", c -> get(c.story("/pratinjau")), STAFF),
                new Endpoint("revisions", c -> get(c.story("/revisi")), STAFF),
                new Endpoint("restore revision", c -> post(c.story("/revisi/1/pulihkan")), STAFF),
                new Endpoint(
                        "request changes",
                        c -> post(submitted(c).story("/minta-perubahan")).param("catatan", "Perbaiki."),
                        EDITORS),
                new Endpoint(
                        "schedule",
                        c -> post(submitted(c).story("/jadwalkan")).param("waktu", "2099-01-01T10:00"),
                        EDITORS),
                new Endpoint("publish", c -> post(submitted(c).story("/terbitkan")), EDITORS),
                new Endpoint("unpublish", c -> post(published(c).story("/tarik")), EDITORS),
                new Endpoint(
                        "add correction",
                        c -> post(published(c).story("/pemberitahuan")).param("teks", "Ralat."),
                        EDITORS),
                new Endpoint("audit log", c -> get("/redaksi/" + c.site().slug() + "/audit"), EDITORS),
                new Endpoint("media library", c -> get("/redaksi/" + c.site().slug() + "/media"), STAFF),
                new Endpoint(
                        "media list for the editor",
                        c -> get("/redaksi/" + c.site().slug() + "/media.json"),
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
                new Endpoint("add a person", c -> post("/redaksi/admin/orang").param("name", "Nama Baru"), ADMINS));
    }

    Stream<Arguments> cases() {
        return endpoints().stream().flatMap(e -> Stream.of(Who.values()).map(who -> Arguments.of(e, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void refusesWhoItMustAndAllowsWhoItMust(Endpoint endpoint, Who who) throws Exception {
        var writer = actors.get(Who.WRITER);
        var story = newsroom.create(writer, site.id(), Fixtures.draft(site, writer, "Cerita uji akses"));
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

    private Case submitted(Case c) {
        newsroom.submit(c.writer(), c.site().id(), c.story().id());
        return new Case(c.site(), newsroom.find(c.site().id(), c.story().id()), c.writer());
    }

    private Case published(Case c) {
        var submitted = submitted(c);
        newsroom.publish(actors.get(Who.EDITOR), c.site().id(), c.story().id());
        return submitted;
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Case c) {
        return request.param("version", String.valueOf(c.story().version()))
                .param("title", "Judul dari formulir")
                .param("rubricId", String.valueOf(c.site().rubrics().getFirst().id()))
                .param("body", "<p>Isi dari formulir.</p>")
                .param("writerIds", String.valueOf(c.writer().personId()));
    }
}

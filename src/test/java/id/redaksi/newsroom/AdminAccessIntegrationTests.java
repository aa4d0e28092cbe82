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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
 * The admin pages, for every kind of user, each acting on an account and a person of site A: the exact answer
 * each gets. A site admin of another site is refused what belongs to site A, though the pages themselves
 * open for them.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminAccessIntegrationTests {

    enum Who {
        ANONYMOUS,
        NO_ROLE,
        WRITER,
        EDITOR,
        SITE_ADMIN,
        OTHER_SITE_ADMIN,
        NETWORK_ADMIN
    }

    private static final Set<Who> ADMINS = EnumSet.of(Who.SITE_ADMIN, Who.OTHER_SITE_ADMIN, Who.NETWORK_ADMIN);
    private static final Set<Who> ADMINS_OF_A = EnumSet.of(Who.SITE_ADMIN, Who.NETWORK_ADMIN);
    private static final Set<Who> NETWORK = EnumSet.of(Who.NETWORK_ADMIN);
    private static final AtomicInteger counter = new AtomicInteger();

    /** A request, the users it lets through and the status they get (200 a page, 302 done and redirected). */
    record Endpoint(String name, Supplier<MockHttpServletRequestBuilder> request, Set<Who> allowed, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    Site site;
    Site other;
    Map<Who, Actor> actors;
    Actor recruit;

    @BeforeAll
    void accounts() {
        site = fixtures.site().create();
        other = fixtures.site().create();
        actors = Map.of(
                Who.NO_ROLE, fixtures.account(site, null),
                Who.WRITER, fixtures.account(site, Role.WRITER),
                Who.EDITOR, fixtures.account(site, Role.EDITOR),
                Who.SITE_ADMIN, fixtures.account(site, Role.SITE_ADMIN),
                Who.OTHER_SITE_ADMIN, fixtures.account(other, Role.SITE_ADMIN),
                Who.NETWORK_ADMIN, fixtures.networkAdmin());
        recruit = fixtures.account(site, Role.WRITER);
    }

    List<Endpoint> endpoints() {
        var writer = actors.get(Who.WRITER);
        return List.of(
                new Endpoint("users", () -> get("/redaksi/admin/pengguna"), ADMINS, 200),
                new Endpoint(
                        "create an account on site A",
                        () -> post("/redaksi/admin/pengguna")
                                .param("username", "akun.baru" + counter.incrementAndGet())
                                .param("displayName", "Akun Baru")
                                .param("password", Fixtures.PASSWORD)
                                .param("siteId", String.valueOf(site.id()))
                                .param("role", "WRITER"),
                        ADMINS_OF_A,
                        302),
                new Endpoint(
                        "change the role of a writer of site A",
                        () -> post("/redaksi/admin/pengguna/" + writer.id() + "/peran")
                                .param("siteId", String.valueOf(site.id()))
                                .param("role", "WRITER"),
                        ADMINS_OF_A,
                        302),
                new Endpoint(
                        "give a writer of site A a role on site B",
                        () -> post("/redaksi/admin/pengguna/" + recruit.id() + "/peran")
                                .param("siteId", String.valueOf(other.id()))
                                .param("role", "WRITER"),
                        NETWORK,
                        302),
                new Endpoint(
                        "change the email address of a writer of site A",
                        () -> post("/redaksi/admin/pengguna/" + writer.id() + "/email")
                                .param("email", "penulis" + counter.incrementAndGet() + "@warta.id"),
                        ADMINS_OF_A,
                        302),
                new Endpoint(
                        "link a profile",
                        () -> post("/redaksi/admin/pengguna/" + writer.id() + "/profil")
                                .param("personId", String.valueOf(writer.personId())),
                        NETWORK,
                        302),
                new Endpoint("people", () -> get("/redaksi/admin/orang"), ADMINS, 200),
                new Endpoint(
                        "add a person", () -> post("/redaksi/admin/orang").param("name", "Nama Baru"), ADMINS, 302),
                new Endpoint(
                        "rename the writer of site A",
                        () -> post("/redaksi/admin/orang/" + writer.personId())
                                .param("name", "Penulis Situs A")
                                .param("bio", "Menulis untuk situs A."),
                        ADMINS_OF_A,
                        302),
                new Endpoint("sites", () -> get("/redaksi/admin/situs"), NETWORK, 200),
                new Endpoint(
                        "create a site",
                        () -> {
                            int n = counter.incrementAndGet();
                            return post("/redaksi/admin/situs")
                                    .param("name", "Warta Baru")
                                    .param("slug", "baru-admin-" + n)
                                    .param("dateline", "WARTABARU")
                                    .param("host", "baru-admin" + n + ".test")
                                    .param("baseUrl", "https://baru.test")
                                    .param("zone", "Asia/Jakarta");
                        },
                        NETWORK,
                        302),
                new Endpoint(
                        "add a rubric to site A",
                        () -> post("/redaksi/admin/situs/" + site.id() + "/kanal")
                                .param("name", "Kanal " + counter.incrementAndGet()),
                        NETWORK,
                        302),
                new Endpoint(
                        "rename a rubric of site A",
                        () -> post("/redaksi/admin/situs/" + site.id() + "/kanal/politik/nama")
                                .param("name", "Politik " + counter.incrementAndGet()),
                        NETWORK,
                        302));
    }

    Stream<Arguments> cases() {
        return endpoints().stream().flatMap(e -> Stream.of(Who.values()).map(who -> Arguments.of(e, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachUserGetsExactlyTheAnswerTheirRoleAllows(Endpoint endpoint, Who who) throws Exception {
        var request = endpoint.request().get().with(csrf());
        if (who != Who.ANONYMOUS) {
            request.with(user(actors.get(who).username()));
        }

        var response = mvc.perform(request).andReturn().getResponse();

        if (who == Who.ANONYMOUS) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/redaksi/masuk");
        } else if (endpoint.allowed().contains(who)) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(endpoint.status());
            if (endpoint.status() == 302) {
                assertThat(response.getRedirectedUrl()).startsWith("/redaksi/admin/");
            }
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
        }
    }
}

package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.media.MediaLibrary;
import id.redaksi.media.TestImages;
import id.redaksi.site.Site;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;

/**
 * The media desk for every kind of user, with the exact answer each gets, and the refusals an upload can meet:
 * a picture too large to decode, a site over its quota, and another site's pictures.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaDeskIntegrationTests {

    enum Who {
        ANONYMOUS,
        NO_ROLE,
        WRITER,
        EDITOR,
        SITE_ADMIN,
        WRITER_ELSEWHERE,
        SITE_ADMIN_ELSEWHERE,
        NETWORK_ADMIN
    }

    enum Action {
        LIBRARY,
        IMAGE_LIST,
        UPLOAD,
        PICKER_LIST,
        PICKER_UPLOAD
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    MediaLibrary media;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Site site;
    Site elsewhere;
    Map<Who, Actor> actors;

    @BeforeAll
    void accounts() {
        site = fixtures.site().create();
        elsewhere = fixtures.site().create();
        actors = new EnumMap<>(Who.class);
        actors.put(Who.NO_ROLE, fixtures.account(site, null));
        actors.put(Who.WRITER, fixtures.account(site, Role.WRITER));
        actors.put(Who.EDITOR, fixtures.account(site, Role.EDITOR));
        actors.put(Who.SITE_ADMIN, fixtures.account(site, Role.SITE_ADMIN));
        actors.put(Who.WRITER_ELSEWHERE, fixtures.account(elsewhere, Role.WRITER));
        actors.put(Who.SITE_ADMIN_ELSEWHERE, fixtures.account(elsewhere, Role.SITE_ADMIN));
        actors.put(Who.NETWORK_ADMIN, fixtures.networkAdmin());
    }

    Stream<Arguments> matrix() {
        return Stream.of(Action.values())
                .flatMap(action ->
                        Stream.of(Who.values()).map(who -> Arguments.of(action, who, expected(action, who))));
    }

    /** Anonymous goes to the login page; the staff of this site and the network admin get through; others 403. */
    private static int expected(Action action, Who who) {
        return switch (who) {
            case ANONYMOUS -> 302;
            case NO_ROLE, WRITER_ELSEWHERE, SITE_ADMIN_ELSEWHERE -> 403;
            case WRITER, EDITOR, SITE_ADMIN, NETWORK_ADMIN ->
                switch (action) {
                    case UPLOAD -> 302;
                    case PICKER_UPLOAD -> 201;
                    default -> 200;
                };
        };
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachRoleGetsItsExactAnswer(Action action, Who who, int status) throws Exception {
        var request = request(action, site).with(csrf());
        if (who != Who.ANONYMOUS) {
            request.with(user(actors.get(who).username()));
        }
        long before = mediaCount(site);

        var response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        if (who == Who.ANONYMOUS) {
            assertThat(response.getRedirectedUrl()).isEqualTo("/redaksi/masuk");
        } else if (status == 302) {
            assertThat(response.getRedirectedUrl())
                    .isEqualTo("/redaksi/" + site.slug() + "/media?diunggah=" + newestMedia(site));
        }
        if (status == 201) {
            assertThat(response.getContentAsString())
                    .startsWith("{\"id\":" + newestMedia(site) + ",\"path\":\"/media/" + site.id() + "/")
                    .contains("\"alt\":\"Foto uji\",\"caption\":\"\",\"credit\":\"\",\"name\":\"foto.jpg\"}");
        }
        boolean stored = (action == Action.UPLOAD && status == 302 || status == 201) && who != Who.ANONYMOUS;
        assertThat(mediaCount(site)).isEqualTo(before + (stored ? 1 : 0));
    }

    @Test
    void aWriterOfAnotherSiteSeesNoneOfThisSitesUnpublishedUploads() throws Exception {
        var upload = media.upload(elsewhere.id(), TestImages.jpeg(400, 300), "rahasia.jpg", "Foto belum terbit");
        var writer = actors.get(Who.WRITER);

        for (var action : Action.values()) {
            var response = as(writer, request(action, elsewhere));
            assertThat(response.getStatus()).as(action.name()).isEqualTo(403);
            assertThat(response.getContentAsString()).as(action.name()).doesNotContain(upload.path());
        }
        assertThat(as(writer, get("/redaksi/" + site.slug() + "/media")).getContentAsString())
                .doesNotContain(upload.path())
                .doesNotContain("Foto belum terbit");
        assertThat(as(writer, get("/redaksi/" + site.slug() + "/media.json")).getContentAsString())
                .doesNotContain(upload.path())
                .doesNotContain("Foto belum terbit");
    }

    @Test
    void thePickerFindsPicturesByFileNameOrRememberedCaptionAndOffersTheCaptionAndCreditAgain() throws Exception {
        var own = fixtures.site().create();
        var writer = fixtures.account(own, Role.WRITER);
        var harbour = media.upload(own.id(), TestImages.jpeg(800, 600), "pelabuhan-sunda-kelapa.jpg", "Kapal");
        var market = media.upload(own.id(), TestImages.jpeg(800, 600), "pasar.jpg", "Pedagang");
        media.remember(own.id(), market.id(), "Pedagang sayur di Pasar Minggu", "ANTARA/Rina");

        var byName = as(writer, get("/redaksi/" + own.slug() + "/media/pilih").param("q", "SUNDA kelapa"));
        var byCaption =
                as(writer, get("/redaksi/" + own.slug() + "/media/pilih").param("q", "pasar minggu"));
        var everything = as(writer, get("/redaksi/" + own.slug() + "/media/pilih"));
        var wildcard = as(writer, get("/redaksi/" + own.slug() + "/media/pilih").param("q", "%"));

        assertThat(byName.getContentAsString())
                .isEqualTo("[{\"id\":" + harbour.id() + ",\"path\":\"" + harbour.path() + "\",\"thumbnail\":\""
                        + harbour.renditions().getFirst().path()
                        + "\",\"width\":800,\"height\":600,\"alt\":\"Kapal\",\"caption\":\"\",\"credit\":\"\","
                        + "\"name\":\"pelabuhan-sunda-kelapa.jpg\"}]");
        assertThat(byCaption.getContentAsString())
                .startsWith("[{\"id\":" + market.id() + ",")
                .endsWith(",\"alt\":\"Pedagang\",\"caption\":\"Pedagang sayur di Pasar Minggu\","
                        + "\"credit\":\"ANTARA/Rina\",\"name\":\"pasar.jpg\"}]");
        assertThat(everything.getContentAsString())
                .startsWith("[{\"id\":" + market.id() + ",")
                .contains("{\"id\":" + harbour.id() + ",");
        assertThat(wildcard.getContentAsString()).isEqualTo("[]");
    }

    @Test
    void aPictureTooLargeToDecodeIsAFormErrorAndNothingIsStored() throws Exception {
        var bomb = new MockMultipartFile("berkas", "dalam.png", "image/png", TestImages.deepPng(7071, 7071));
        long before = mediaCount(site);

        var response = as(actors.get(Who.WRITER), upload(site, bomb));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".alert-error")
                        .text())
                .isEqualTo("Gambar 7.071 × 7.071 piksel memerlukan 381,5 MB memori untuk diolah; batasnya 200 MB.");
        assertThat(mediaCount(site)).isEqualTo(before);
    }

    @Test
    void anUploadOverTheSitesQuotaIsAFormErrorNamingTheQuota() throws Exception {
        var full = fixtures.site().create();
        jdbc.sql("""
                        insert into media (site_id, storage_key, content_type, width, height, byte_size)
                        values (:site, :key, 'image/jpeg', 1, 1, :size)
                        """)
                .param("site", full.id())
                .param("key", full.id() + "/arsip.jpg")
                .param("size", DataSize.ofGigabytes(10).toBytes())
                .update();
        var photo = new MockMultipartFile("berkas", "foto.jpg", "image/jpeg", new byte[2048]);

        var response = as(fixtures.account(full, Role.WRITER), upload(full, photo));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".alert-error")
                        .text())
                .isEqualTo("Kuota media situs ini 10 GB dan sudah terpakai 10 GB; unggahan 2 KB tidak muat lagi.");
        assertThat(mediaCount(full)).isEqualTo(1);
    }

    private MockHttpServletResponse as(Actor actor, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(actor.username())))
                .andReturn()
                .getResponse();
    }

    private static AbstractMockHttpServletRequestBuilder<?> request(Action action, Site site) {
        return switch (action) {
            case LIBRARY -> get("/redaksi/" + site.slug() + "/media");
            case IMAGE_LIST -> get("/redaksi/" + site.slug() + "/media.json");
            case UPLOAD ->
                upload(site, new MockMultipartFile("berkas", "foto.jpg", "image/jpeg", TestImages.jpeg(400, 300)));
            case PICKER_LIST -> get("/redaksi/" + site.slug() + "/media/pilih");
            case PICKER_UPLOAD ->
                multipart("/redaksi/" + site.slug() + "/media/pilih")
                        .file(new MockMultipartFile("berkas", "foto.jpg", "image/jpeg", TestImages.jpeg(400, 300)))
                        .param("alt", "Foto uji");
        };
    }

    private static AbstractMockHttpServletRequestBuilder<?> upload(Site site, MockMultipartFile file) {
        return multipart("/redaksi/" + site.slug() + "/media").file(file).param("alt", "Foto uji");
    }

    private long mediaCount(Site site) {
        return jdbc.sql("select count(*) from media where site_id = :site")
                .param("site", site.id())
                .query(Long.class)
                .single();
    }

    private long newestMedia(Site site) {
        return jdbc.sql("select max(id) from media where site_id = :site")
                .param("site", site.id())
                .query(Long.class)
                .single();
    }
}

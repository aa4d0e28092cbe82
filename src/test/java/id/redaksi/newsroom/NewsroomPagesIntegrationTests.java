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
import id.redaksi.article.ArticleContent;
import id.redaksi.site.Site;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The newsroom's pages as an editor and a writer use them: uploads, concurrent edits, preview, revisions. */
@PortalTest
class NewsroomPagesIntegrationTests {

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
    void aTextFileNamedJpgIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        var fake = new MockMultipartFile(
                "berkas", "foto.jpg", "image/jpeg", "ini bukan gambar".getBytes(StandardCharsets.UTF_8));

        var response = mvc.perform(upload(fake)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".alert-error")
                        .text())
                .isEqualTo("Berkas bukan gambar JPEG, PNG atau WebP.");
        assertThat(mediaCount()).isZero();
    }

    @Test
    void anOversizedFileIsRefusedNamingTheLimit() throws Exception {
        var huge = new byte[11 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;

        var response = mvc.perform(upload(new MockMultipartFile("berkas", "besar.jpg", "image/jpeg", huge)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".alert-error")
                        .text())
                .isEqualTo("Ukuran berkas 11 MB melebihi batas 10 MB.");
        assertThat(mediaCount()).isZero();
    }

    @Test
    void aRealPictureIsStoredAndNamedForUseAsTheLeadImage() throws Exception {
        var response = mvc.perform(upload(new MockMultipartFile("berkas", "foto.png", "image/png", png())))
                .andReturn()
                .getResponse();

        long id = jdbc.sql("select max(id) from media where site_id = :site")
                .param("site", site.id())
                .query(Long.class)
                .single();
        assertThat(response.getRedirectedUrl()).isEqualTo("/redaksi/" + site.slug() + "/media?diunggah=" + id);
    }

    @Test
    void theSecondSaveFromTheSameVersionKeepsItsTextOnScreenWithAClearMessage() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul awal"));
        mvc.perform(save(story, editor, "Judul dari editor")).andReturn();

        var refused = mvc.perform(save(story, writer, "Judul dari penulis"))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(409);
        var page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("input#title").val()).isEqualTo("Judul dari penulis");
        assertThat(page.select(".conflict").text())
                .startsWith("Naskah ini sudah disimpan oleh " + editor.displayName());
        assertThat(newsroom.find(site.id(), story.id()).draft().title()).isEqualTo("Judul dari editor");
    }

    @Test
    void aSaveWithoutItsVersionIsRefusedWithAMessageAndTheTextKept() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul awal"));

        var refused = mvc.perform(post("/redaksi/" + site.slug() + "/cerita/" + story.id())
                        .with(csrf())
                        .with(user(writer.username()))
                        .param("title", "Judul tanpa versi")
                        .param("body", "<p>Isi.</p>"))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        var page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("input#title").val()).isEqualTo("Judul tanpa versi");
        assertThat(page.select(".alert-error").text())
                .isEqualTo(
                        "Ada isian yang perlu diperbaiki. Formulir ini tidak lengkap. Salin teks Anda, lalu muat ulang halaman.");
    }

    @Test
    void thePreviewShowsTheLeadPicture() throws Exception {
        var text = Fixtures.draft(site, writer, "Dengan foto");
        var withPicture = new ArticleContent(
                text.rubricId(),
                text.title(),
                text.slug(),
                text.lead(),
                text.bodyHtml(),
                null,
                null,
                null,
                fixtures.image(site),
                "Warga di tepi sungai.",
                "",
                text.writerIds(),
                text.topicIds(),
                null);
        var story = drafting.create(writer, site.id(), withPicture);

        var response = mvc.perform(get("/redaksi/" + site.slug() + "/cerita/" + story.id() + "/pratinjau")
                        .with(user(writer.username())))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("figcaption")
                        .text())
                .contains("Warga di tepi sungai.");
    }

    @Test
    void thePreviewIsTheRealArticleTemplateMarkedAsAPreviewAndNotCounted() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Belum terbit"));

        var response = mvc.perform(get("/redaksi/" + site.slug() + "/cerita/" + story.id() + "/pratinjau")
                        .with(user(writer.username())))
                .andReturn()
                .getResponse();

        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("h1.story-title").text()).isEqualTo("Belum terbit");
        assertThat(page.select(".preview-banner")).hasSize(1);
        assertThat(page.select("script[data-article]")).isEmpty();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
    }

    @Test
    void twoRevisionsAreComparedLineByLine() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul lama"));
        drafting.save(writer, site.id(), story.id(), story.version(), Fixtures.draft(site, writer, "Judul baru"));

        var page =
                Jsoup.parse(mvc.perform(get("/redaksi/" + site.slug() + "/cerita/" + story.id() + "/revisi?dari=1&ke=2")
                                .with(user(editor.username())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        // the slug follows the headline until first publication, and the comparison shows every field
        assertThat(page.select(".diff del").eachText()).containsExactly("Judul: Judul lama", "Slug URL: judul-lama");
        assertThat(page.select(".diff ins").eachText()).containsExactly("Judul: Judul baru", "Slug URL: judul-baru");
    }

    private org.springframework.test.web.servlet.RequestBuilder upload(MockMultipartFile file) {
        var request = multipart("/redaksi/" + site.slug() + "/media").file(file);
        request.param("alt", "Foto uji").with(csrf()).with(user(writer.username()));
        return request;
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save(
            Story story, Actor who, String title) {
        return post("/redaksi/" + site.slug() + "/cerita/" + story.id())
                .with(csrf())
                .with(user(who.username()))
                .param("version", String.valueOf(story.version()))
                .param("title", title)
                .param("rubricId", String.valueOf(site.rubrics().getFirst().id()))
                .param("body", "<p>Isi.</p>")
                .param("writerIds", String.valueOf(writer.personId()));
    }

    private long mediaCount() {
        return jdbc.sql("select count(*) from media where site_id = :site")
                .param("site", site.id())
                .query(Long.class)
                .single();
    }

    private static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}

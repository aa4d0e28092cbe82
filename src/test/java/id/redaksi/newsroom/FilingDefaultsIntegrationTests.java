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
import id.redaksi.media.MediaLibrary;
import id.redaksi.media.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What a new form holds before anyone types, and what a save leaves behind for the next story. */
@PortalTest
class FilingDefaultsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Drafting drafting;

    @Autowired
    MediaLibrary media;

    @Autowired
    MockMvc mvc;

    @Test
    void aNewStoryNamesTheWriterWhoOpensItAsItsFirstWriter() throws Exception {
        var site = fixtures.site().create();
        var writer = fixtures.account(site, Role.WRITER);

        var page = page(writer, "/redaksi/" + site.slug() + "/cerita/baru");

        assertThat(page.select("select[name=writerIds]")
                        .first()
                        .select("option[selected]")
                        .val())
                .isEqualTo(String.valueOf(writer.personId()));
        assertThat(page.select("select[name=writerIds]").get(1).select("option[selected]"))
                .isEmpty();
    }

    @Test
    void anEditorsFormCreditsThatEditorWhenTheStoryHasNoEditorYet() throws Exception {
        var site = fixtures.site().create();
        var writer = fixtures.account(site, Role.WRITER);
        var editor = fixtures.account(site, Role.EDITOR);
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Harga beras turun"));
        var path = "/redaksi/" + site.slug() + "/cerita/" + story.id();

        assertThat(page(editor, path).select("#editorId option[selected]").val())
                .isEqualTo(String.valueOf(editor.personId()));
        assertThat(page(writer, path).select("#editorId option[selected]").val())
                .isEmpty();
    }

    @Test
    void theCaptionAndCreditSavedWithALeadPictureAreRememberedForIt() throws Exception {
        var site = fixtures.site().create();
        var writer = fixtures.account(site, Role.WRITER);
        var picture = media.upload(site.id(), TestImages.jpeg(800, 600), "banjir.jpg", "Banjir");

        var response = mvc.perform(post("/redaksi/" + site.slug() + "/cerita")
                        .param("version", "0")
                        .param("title", "Banjir di Kampung Melayu")
                        .param(
                                "rubricId",
                                String.valueOf(site.rubrics().getFirst().id()))
                        .param("body", "<p>Air naik.</p>")
                        .param("imageId", String.valueOf(picture.id()))
                        .param("imageCaption", " Warga mengungsi ke masjid ")
                        .param("imageCredit", "KOMPAS/Dedi")
                        .with(csrf())
                        .with(user(writer.username())))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        var remembered = media.pickable(site.id(), "banjir", 10).getFirst();
        assertThat(remembered.media().id()).isEqualTo(picture.id());
        assertThat(remembered.caption()).isEqualTo("Warga mengungsi ke masjid");
        assertThat(remembered.credit()).isEqualTo("KOMPAS/Dedi");
    }

    private Document page(Actor actor, String path) throws Exception {
        var response =
                mvc.perform(get(path).with(user(actor.username()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}

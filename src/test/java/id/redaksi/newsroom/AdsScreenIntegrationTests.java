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
import id.redaksi.article.Articles;
import id.redaksi.site.AdPlacement;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The site admin's ads screen, and the editor's advertorial mark on a story. */
@PortalTest
class AdsScreenIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sites sites;

    @Autowired
    AuditLog audit;

    @Autowired
    Drafting drafting;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Articles articles;

    Site site;
    Actor admin;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        admin = fixtures.account(site, Role.SITE_ADMIN);
    }

    @Test
    void aSiteAdminSetsTheSlotsTheNetworksAndAdsTxtAndTheChangeIsAudited() throws Exception {
        var response = send(adsForm(
                "slots[1].code", "<div id=\"iklan\"></div>\r\n<script>tampil();</script>",
                "slots[1].height", "300",
                "slots[2].imageUrl", "/media/toko.png",
                "slots[2].linkUrl", "https://toko.example.id",
                "slots[2].endsOn", "2099-12-31"));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/redaksi/" + site.slug() + "/iklan");
        var ads = sites.byId(site.id()).orElseThrow().ads();
        assertThat(ads.inArticleAfter()).isEqualTo(4);
        assertThat(ads.origins())
                .containsExactly("https://securepubads.g.doubleclick.net", "https://pagead2.googlesyndication.com");
        assertThat(ads.adsTxt()).isEqualTo("google.com, pub-1, DIRECT");
        var inArticle = ads.slots().get(AdPlacement.IN_ARTICLE);
        assertThat(inArticle.code()).isEqualTo("<div id=\"iklan\"></div>\n<script>tampil();</script>");
        assertThat(inArticle.height()).isEqualTo(300);
        var list = ads.slots().get(AdPlacement.LIST);
        assertThat(list.isImage()).isTrue();
        assertThat(list.endsOn()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(audit.ofSite(site.id(), 5).getFirst().action()).isEqualTo("mengubah iklan");
        var screen = page(mvc.perform(get("/redaksi/" + site.slug() + "/iklan").with(user(admin.username())))
                .andReturn()
                .getResponse());
        assertThat(screen.getElementById("slots[2].linkUrl").val()).isEqualTo("https://toko.example.id");
        assertThat(screen.getElementById("inArticleAfter").val()).isEqualTo("4");
    }

    @Test
    void anOriginThatIsNoHttpsOriginIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        var response = send(adsForm("origins", "http://iklan.example.id\nhttps://ok.example.id"));

        assertThat(response.getStatus()).isEqualTo(400);
        var page = page(response);
        assertThat(page.getElementById("origins-error").text())
                .isEqualTo("Satu asal per baris, https tanpa path, seperti https://securepubads.g.doubleclick.net.");
        assertThat(page.getElementById("origins").val()).isEqualTo("http://iklan.example.id\nhttps://ok.example.id");
        assertThat(sites.byId(site.id()).orElseThrow().ads().origins()).isEmpty();
    }

    @Test
    void aHeightThatIsNoNumberIsRefusedNamingItsSlot() throws Exception {
        var response = send(adsForm("slots[3].height", "tinggi"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(page(response).getElementById("slots[3].height-error").text())
                .isEqualTo("Tinggi slot dalam piksel, angka 0 sampai 1000.");
    }

    @Test
    void aPictureWithoutItsLinkOrAnUnreadableDateIsRefused() throws Exception {
        var response =
                send(adsForm("slots[0].imageUrl", "https://cdn.example.id/iklan.png", "slots[0].endsOn", "2026-02-31"));

        assertThat(response.getStatus()).isEqualTo(400);
        var page = page(response);
        assertThat(page.getElementById("slots[0].linkUrl-error").text()).isEqualTo("Iklan gambar perlu tautan.");
        assertThat(page.getElementById("slots[0].endsOn-error").text())
                .isEqualTo("Tanggal seperti 2026-12-31, atau kosong.");
    }

    @Test
    void anEditorMarksAStoryAsAdvertorialAndItIsPublishedSo() throws Exception {
        var editor = fixtures.account(site, Role.EDITOR);
        var story = drafting.create(editor, site.id(), Fixtures.draft(site, editor, "Promo Toko Jaya"));

        var saved = storyForm(story, editor, "Toko Jaya", true);
        newsroom.publish(editor, site.id(), story.id());

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(newsroom.find(site.id(), story.id()).draft().sponsor()).isEqualTo("Toko Jaya");
        assertThat(articles.find(site.id(), story.id()).orElseThrow().content().sponsor())
                .isEqualTo("Toko Jaya");
    }

    @Test
    void aWriterCannotMarkOrUnmarkAnAdvertorial() throws Exception {
        var writer = fixtures.account(site, Role.WRITER);
        var editor = fixtures.account(site, Role.EDITOR);
        var own = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Tulisan Penulis"));
        var marked = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Tulisan Bersponsor"));
        storyForm(marked, editor, "Toko Jaya", true);

        var tried = storyForm(own, writer, "Sponsor Gelap", true);
        var unmark = storyForm(newsroom.find(site.id(), marked.id()), writer, "", false);

        assertThat(tried.getStatus()).isEqualTo(302);
        assertThat(unmark.getStatus()).isEqualTo(302);
        assertThat(newsroom.find(site.id(), own.id()).draft().sponsor()).isNull();
        assertThat(newsroom.find(site.id(), marked.id()).draft().sponsor()).isEqualTo("Toko Jaya");
    }

    @Test
    void anAdvertorialWithoutItsSponsorsNameIsRefusedBesideTheField() throws Exception {
        var editor = fixtures.account(site, Role.EDITOR);
        var story = drafting.create(editor, site.id(), Fixtures.draft(site, editor, "Tanpa Nama Sponsor"));

        var response = storyForm(story, editor, " ", true);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(page(response).getElementById("sponsorNamed-error").text())
                .isEqualTo("Tulis nama sponsor advertorial ini.");
        assertThat(newsroom.find(site.id(), story.id()).draft().sponsor()).isNull();
    }

    private MockHttpServletResponse storyForm(Story story, Actor who, String sponsor, boolean sponsored)
            throws Exception {
        var request = post("/redaksi/" + site.slug() + "/cerita/" + story.id())
                .param("version", String.valueOf(story.version()))
                .param("title", story.draft().title())
                .param("rubricId", String.valueOf(site.rubrics().getFirst().id()))
                .param("body", story.draft().bodyHtml())
                .param("writerIds", String.valueOf(story.draft().writerIds().getFirst()))
                .param("sponsor", sponsor);
        if (sponsored) {
            request.param("sponsored", "true");
        }
        return mvc.perform(request.with(csrf()).with(user(who.username())))
                .andReturn()
                .getResponse();
    }

    /** The ads form as a browser sends it, with some fields given other values (name, value, name, value …). */
    private MockHttpServletRequestBuilder adsForm(String... replaced) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("inArticleAfter", "4");
        fields.put("origins", "https://securepubads.g.doubleclick.net\r\nhttps://pagead2.googlesyndication.com\r\n");
        fields.put("adsTxt", "google.com, pub-1, DIRECT");
        for (int i = 0; i < AdPlacement.values().length; i++) {
            fields.put("slots[" + i + "].height", "250");
        }
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        var form = post("/redaksi/" + site.slug() + "/iklan");
        fields.forEach(form::param);
        return form;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(admin.username())))
                .andReturn()
                .getResponse();
    }

    private static Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }
}

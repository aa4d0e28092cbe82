package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleContent;
import id.redaksi.article.Notice;
import id.redaksi.article.Publishing;
import id.redaksi.site.Site;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the desk walk-through found: withdrawing with a reason, and notices an editor can preview, change, remove. */
@PortalTest
class DeskWalkThroughIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    Notices notices;

    @Autowired
    Publishing articles;

    @Autowired
    AuditLog audit;

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    Browser browser;

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
    void theEditorPageOffersCabutBeritaWithAReasonAndABlankReasonIsRefusedKeepingTheArticle() throws Exception {
        var story = published("Jembatan Desa Ambruk");
        var page = Jsoup.parse(send(get(path(story.id())), editor).getContentAsString());
        assertThat(page.select("#unpublish").text()).isEqualTo("Cabut berita");
        assertThat(page.select("label[for=alasan-cabut]").text())
                .isEqualTo("Alasan pencabutan (tampil di alamat berita)");
        assertThat(page.select("#alasan-cabut").attr("form")).isEqualTo("story-form");

        var refused = send(post(path(story.id()) + "/tarik").param("catatan", " "), editor);

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select(".problem h1 + p")
                        .text())
                .isEqualTo("Tulis alasan pencabutan berita; pembaca akan melihatnya di alamat berita.");
        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.PUBLISHED);

        send(post(path(story.id()) + "/tarik").param("catatan", "Data korban keliru."), editor);
        assertThat(newsroom.find(site.id(), story.id()).status().label()).isEqualTo("Dicabut");
        assertThat(browser.get(host(), "/baca/" + story.id()).status()).isEqualTo(410);
    }

    @Test
    void aNoticeIsPreviewedAsReadersWillSeeItAndNothingIsAddedUntilTheEditorAddsIt() throws Exception {
        var story = published("Banjir Rob Melanda Pesisir");

        var preview = send(
                post(path(story.id()) + "/pemberitahuan")
                        .param("jenis", "HAK_JAWAB")
                        .param("teks", "Dinas menyatakan tanggul sudah diperbaiki.")
                        .param("aksi", "pratinjau"),
                editor);

        assertThat(preview.getStatus()).isEqualTo(200);
        var page = Jsoup.parse(preview.getContentAsString());
        assertThat(page.select(".notice-preview .notice strong").text()).isEqualTo("Hak Jawab");
        assertThat(page.select(".notice-preview .notice p").last().text())
                .isEqualTo("Dinas menyatakan tanggul sudah diperbaiki.");
        assertThat(page.select("#teks").text()).isEqualTo("Dinas menyatakan tanggul sudah diperbaiki.");
        assertThat(page.select("#jenis option[selected]").val()).isEqualTo("HAK_JAWAB");
        assertThat(articles.notices(story.id())).isEmpty();
    }

    @Test
    void anEditorChangesANoticeTheArticleShowsTheNewTextAndTheAuditKeepsTheOld() throws Exception {
        var story = published("Harga Gabah Turun");
        notices.add(editor, site.id(), story.id(), Notice.Kind.RALAT, "Harga Rp5.000, bukan Rp6.000.");
        long noticeId = articles.notices(story.id()).getFirst().id();

        var list = Jsoup.parse(
                send(get(path(story.id()) + "/pemberitahuan"), editor).getContentAsString());
        assertThat(list.select("#notice-" + noticeId + " .notice p").last().text())
                .isEqualTo("Harga Rp5.000, bukan Rp6.000.");

        var changed = send(
                post(path(story.id()) + "/pemberitahuan/" + noticeId).param("teks", "Harga Rp5.500, bukan Rp6.000."),
                editor);

        assertThat(changed.getRedirectedUrl()).isEqualTo(path(story.id()) + "/pemberitahuan");
        assertThat(read(story.id()).select(".notice p").last().text()).isEqualTo("Harga Rp5.500, bukan Rp6.000.");
        var entry = audit.ofStory(story.id()).getFirst();
        assertThat(entry.action()).isEqualTo("mengubah ralat");
        assertThat(entry.detail()).isEqualTo("Harga Rp5.000, bukan Rp6.000. → Harga Rp5.500, bukan Rp6.000.");
    }

    @Test
    void anEditorRemovesANoticeAndItLeavesTheArticleWithAnAuditRow() throws Exception {
        var story = published("Pasar Malam Ditutup");
        notices.add(editor, site.id(), story.id(), Notice.Kind.HAK_JAWAB, "Panitia membantah.");
        long noticeId = articles.notices(story.id()).getFirst().id();
        assertThat(read(story.id()).select(".notice")).hasSize(1);

        send(post(path(story.id()) + "/pemberitahuan/" + noticeId + "/hapus"), editor);

        assertThat(read(story.id()).select(".notice")).isEmpty();
        var entry = audit.ofStory(story.id()).getFirst();
        assertThat(entry.action()).isEqualTo("menghapus hak jawab");
        assertThat(entry.detail()).isEqualTo("Panitia membantah.");
    }

    @Test
    void aNoticeOfAnotherStoryCannotBeChangedThroughThisOne() throws Exception {
        var story = published("Sekolah Baru Diresmikan");
        var other = published("Puskesmas Baru Dibuka");
        notices.add(editor, site.id(), other.id(), Notice.Kind.RALAT, "Dibuka Senin.");
        long noticeId = articles.notices(other.id()).getFirst().id();

        var refused = send(post(path(story.id()) + "/pemberitahuan/" + noticeId).param("teks", "Diubah."), editor);

        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(articles.notices(other.id()).getFirst().notice().text()).isEqualTo("Dibuka Senin.");
    }

    @Test
    void theComparisonShowsRubricPeopleTopicsAndSeoByName() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Debat Calon Bupati"));
        var pilkada = fixtures.topic(site, "Pilkada Serentak");
        var second = site.rubrics().get(1);
        var d = story.draft();
        drafting.save(
                editor,
                site.id(),
                story.id(),
                story.version(),
                new ArticleContent(
                        second.id(),
                        d.title(),
                        d.slug(),
                        d.lead(),
                        d.bodyHtml(),
                        "Debat Calon Bupati Memanas",
                        "Tiga calon beradu gagasan.",
                        null,
                        null,
                        "",
                        "",
                        d.writerIds(),
                        List.of(pilkada.id()),
                        editor.personId()));

        var page = Jsoup.parse(
                send(get(path(story.id()) + "/revisi?dari=1&ke=2"), editor).getContentAsString());

        assertThat(page.select(".diff del").eachText())
                .containsExactly(
                        "Kanal: " + site.rubrics().getFirst().name(),
                        "Editor:",
                        "Topik:",
                        "Judul SEO:",
                        "Deskripsi SEO:");
        assertThat(page.select(".diff ins").eachText())
                .containsExactly(
                        "Kanal: " + second.name(),
                        "Editor: Profil " + editor.username(),
                        "Topik: Pilkada Serentak",
                        "Judul SEO: Debat Calon Bupati Memanas",
                        "Deskripsi SEO: Tiga calon beradu gagasan.");
        assertThat(page.select(".diff p").eachText()).contains("Penulis: Profil " + writer.username());
    }

    @Test
    void theRevisionReadersSeeIsMarked() throws Exception {
        var story = published("Stadion Baru Diresmikan");
        drafting.save(
                editor,
                site.id(),
                story.id(),
                newsroom.find(site.id(), story.id()).version(),
                Fixtures.draft(site, writer, "Stadion Baru Akhirnya Diresmikan"));

        var page = Jsoup.parse(send(get(path(story.id()) + "/revisi"), editor).getContentAsString());

        assertThat(page.select("tr.live")).hasSize(1);
        assertThat(page.select("tr.live td").first().text()).isEqualTo("1 Tayang di situs");
        assertThat(page.select("tr.live td").get(1).text()).isEqualTo(writer.displayName());
    }

    @Test
    void aRestoreAsksFirstSayingWhatItWillChangeAndChangesNothingUntilConfirmed() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Judul lama"));
        drafting.save(writer, site.id(), story.id(), story.version(), Fixtures.draft(site, writer, "Judul baru"));

        var list = Jsoup.parse(send(get(path(story.id()) + "/revisi"), writer).getContentAsString());
        assertThat(list.select("form[action$=/pulihkan]")).isEmpty();
        assertThat(list.select("a[href=" + path(story.id()) + "/revisi/1/pulihkan]")
                        .text())
                .isEqualTo("Pulihkan…");

        var asked = send(get(path(story.id()) + "/revisi/1/pulihkan"), writer);

        assertThat(asked.getStatus()).isEqualTo(200);
        var page = Jsoup.parse(asked.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Pulihkan revisi 1?");
        assertThat(page.select(".diff del").eachText()).containsExactly("Judul: Judul baru", "Slug URL: judul-baru");
        assertThat(page.select(".diff ins").eachText()).containsExactly("Judul: Judul lama", "Slug URL: judul-lama");
        assertThat(page.select("form[method=post][action=" + path(story.id()) + "/revisi/1/pulihkan] button")
                        .text())
                .isEqualTo("Ya, pulihkan revisi 1");
        assertThat(newsroom.find(site.id(), story.id()).draft().title()).isEqualTo("Judul baru");

        send(post(path(story.id()) + "/revisi/1/pulihkan"), writer);
        assertThat(newsroom.find(site.id(), story.id()).draft().title()).isEqualTo("Judul lama");
    }

    @Test
    void aWriterCannotBeAskedToRestoreAnotherWritersStory() throws Exception {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Milik penulis pertama"));
        var other = fixtures.account(site, Role.WRITER);

        assertThat(send(get(path(story.id()) + "/revisi/1/pulihkan"), other).getStatus())
                .isEqualTo(403);
    }

    @Test
    void theAuditLogRecordsAccountAndRoleChangesByNameInTheSitesZone() throws Exception {
        var admin = fixtures.networkAdmin();
        var username = "dede" + System.nanoTime() % 100000;
        send(
                post("/redaksi/admin/pengguna")
                        .param("username", username)
                        .param("displayName", "Dede Suhendar")
                        .param("password", Fixtures.PASSWORD)
                        .param("siteId", String.valueOf(site.id()))
                        .param("role", "WRITER"),
                admin);
        var account = accounts.active(username).orElseThrow();
        var role = "/redaksi/admin/pengguna/" + account.id() + "/peran";
        send(post(role).param("siteId", String.valueOf(site.id())).param("role", "EDITOR"), admin);
        send(post(role).param("siteId", String.valueOf(site.id())).param("role", ""), admin);
        var person = fixtures.person("Dede S.");
        send(
                post("/redaksi/admin/orang/" + person.id())
                        .param("name", "Dede Suhendar")
                        .param("bio", ""),
                admin);

        var page = Jsoup.parse(
                send(get("/redaksi/" + site.slug() + "/audit"), editor).getContentAsString());

        var rows = page.select("table.audit tbody tr");
        assertThat(rows.stream()
                        .limit(4)
                        .map(r -> r.select("td").get(1).text() + " | "
                                + r.select("td").get(2).text() + " | "
                                + r.select("td").get(4).text()))
                .containsExactly(
                        admin.displayName() + " | mengubah profil | Dede S. → Dede Suhendar",
                        admin.displayName() + " | mencabut peran | Dede Suhendar: Editor",
                        admin.displayName() + " | mengubah peran | Dede Suhendar: Penulis → Editor",
                        admin.displayName() + " | membuat akun | Dede Suhendar (" + username + ") sebagai Penulis");
        assertThat(page.select("table.audit th").first().text())
                .isEqualTo("Waktu (" + site.zone().getId() + ")");
        var newest = audit.ofSite(site.id(), 1).getFirst().at();
        assertThat(rows.first().select("td").first().text())
                .isEqualTo(id.redaksi.web.IndonesianTime.format(newest, site.zone()));
    }

    private Story published(String title) {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, title));
        return newsroom.publish(editor, site.id(), story.id());
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Actor who) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(who.username())))
                .andReturn()
                .getResponse();
    }

    private String path(long id) {
        return "/redaksi/" + site.slug() + "/cerita/" + id;
    }

    private String host() {
        return site.hosts().getFirst();
    }

    private Document read(long id) {
        var located = browser.get(host(), "/baca/" + id);
        assertThat(located.status()).isEqualTo(301);
        return browser.get(host(), located.header("Location")).html();
    }
}

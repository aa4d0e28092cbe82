package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.NotAllowed;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleContent;
import id.redaksi.article.Notice;
import id.redaksi.site.Site;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class WorkflowIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    Notices notices;

    @Autowired
    Revisions revisions;

    @Autowired
    Browser browser;

    Site site;
    Actor writer;
    Actor editor;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Alur").create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
    }

    @Test
    void aStoryGoesFromDraftThroughReviewToPublishedWithItsCredits() {
        var story = drafting.create(writer, site.id(), draft("Jalan Desa Diperbaiki"));
        assertThat(story.status()).isEqualTo(StoryStatus.DRAFT);

        newsroom.submit(writer, site.id(), story.id());
        var returned = newsroom.requestChanges(editor, site.id(), story.id(), "Tambahkan tanggapan kepala desa.");
        assertThat(returned.status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);
        assertThat(returned.reviewNote()).isEqualTo("Tambahkan tanggapan kepala desa.");

        var fixed = drafting.save(
                writer,
                site.id(),
                story.id(),
                returned.version(),
                draft("Jalan Desa Diperbaiki, Kepala Desa Menyambut"));
        newsroom.submit(writer, site.id(), story.id());
        var published = newsroom.publish(editor, site.id(), story.id());

        assertThat(fixed.status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);
        assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
        var page = read(story.id());
        assertThat(page.select("h1.story-title").text()).isEqualTo("Jalan Desa Diperbaiki, Kepala Desa Menyambut");
        assertThat(page.select(".byline .writers a").eachText()).containsExactly("Profil " + writer.username());
        assertThat(page.select(".byline .editor a").text()).isEqualTo("Profil " + editor.username());
    }

    @Test
    void aWriterCanNeverPublishScheduleOrUnpublish() {
        var story = drafting.create(writer, site.id(), draft("Judul"));

        assertThatThrownBy(() -> newsroom.publish(writer, site.id(), story.id()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> newsroom.schedule(
                        writer, site.id(), story.id(), Instant.now().plusSeconds(3600)))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> newsroom.requestChanges(writer, site.id(), story.id(), "x"))
                .isInstanceOf(NotAllowed.class);
        newsroom.submit(writer, site.id(), story.id());
        newsroom.publish(editor, site.id(), story.id());
        assertThatThrownBy(
                        () -> newsroom.unpublish(writer, site.id(), story.id(), "Narasumber mencabut keterangannya."))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void stepsTheStateDoesNotAllowAreRefusedNamingTheState() {
        var story = drafting.create(writer, site.id(), draft("Judul"));

        assertThatThrownBy(() -> newsroom.requestChanges(editor, site.id(), story.id(), "catatan"))
                .isInstanceOf(WorkflowRefused.class)
                .hasMessageContaining("Naskah berstatus Draf tidak dapat dikembalikan untuk perbaikan.");
        assertThatThrownBy(
                        () -> newsroom.unpublish(editor, site.id(), story.id(), "Narasumber mencabut keterangannya."))
                .hasMessageContaining("Naskah berstatus Draf tidak dapat dicabut.");
        newsroom.submit(writer, site.id(), story.id());
        assertThatThrownBy(() -> newsroom.submit(writer, site.id(), story.id()))
                .hasMessageContaining("Naskah berstatus Diajukan tidak dapat diajukan.");
        assertThatThrownBy(() -> drafting.save(
                        writer,
                        site.id(),
                        story.id(),
                        newsroom.find(site.id(), story.id()).version(),
                        draft("Diubah setelah diajukan")))
                .hasMessageContaining("tidak dapat Anda ubah");
    }

    @Test
    void submittingAndPublishingNeedWhatTheArticlePageNeeds() {
        var story = drafting.create(writer, site.id(), ArticleContent.empty());

        assertThatThrownBy(() -> newsroom.submit(writer, site.id(), story.id()))
                .hasMessageContaining("Lengkapi dulu: judul, kanal, isi berita.");
        assertThatThrownBy(() -> newsroom.requestChanges(editor, site.id(), story.id(), " "))
                .isInstanceOf(WorkflowRefused.class);
    }

    @Test
    void editingAPublishedStoryChangesNothingReadersSeeUntilTheEditorPublishesIt() {
        var story = published("Harga Beras Stabil");

        var edited = drafting.save(editor, site.id(), story.id(), story.version(), draft("Harga Beras Naik Sedikit"));
        assertThat(edited.unpublishedChanges()).isTrue();
        assertThat(read(story.id()).select("h1.story-title").text()).isEqualTo("Harga Beras Stabil");
        assertThat(read(story.id()).select(".dates .updated")).isEmpty();

        newsroom.publish(editor, site.id(), story.id());

        var page = read(story.id());
        assertThat(page.select("h1.story-title").text()).isEqualTo("Harga Beras Naik Sedikit");
        assertThat(page.select(".dates .updated").text()).startsWith("Diperbarui: ");
        assertThatThrownBy(() -> newsroom.publish(editor, site.id(), story.id()))
                .hasMessageContaining("tidak ada perubahan yang belum diterbitkan");
    }

    @Test
    void unpublishingTakesTheArticleOffTheSiteAndNoticesShowOnIt() {
        var story = published("Banjir Surut");
        notices.add(editor, site.id(), story.id(), Notice.Kind.RALAT, "Ketinggian air 40 cm, bukan 60 cm.");
        notices.add(editor, site.id(), story.id(), Notice.Kind.HAK_JAWAB, "Tanggapan dari dinas terkait.");

        assertThat(read(story.id()).select(".notice strong").eachText()).containsExactly("Ralat", "Hak Jawab");

        newsroom.unpublish(editor, site.id(), story.id(), "Narasumber mencabut keterangannya.");
        assertThat(browser.get(host(), "/baca/" + story.id()).status()).isEqualTo(410);
        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.UNPUBLISHED);
    }

    @Test
    void aRepublishedArticleStillCarriesItsCorrections() {
        var story = published("Jembatan Dibuka");
        notices.add(editor, site.id(), story.id(), Notice.Kind.RALAT, "Panjang jembatan 40 meter.");
        newsroom.unpublish(editor, site.id(), story.id(), "Narasumber mencabut keterangannya.");

        newsroom.publish(editor, site.id(), story.id());

        assertThat(read(story.id()).select(".notice").text()).contains("Panjang jembatan 40 meter.");
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        var story = drafting.create(writer, site.id(), draft("Awal"));
        int opened = story.version();

        drafting.save(editor, site.id(), story.id(), opened, draft("Versi editor"));

        assertThatThrownBy(() -> drafting.save(writer, site.id(), story.id(), opened, draft("Versi penulis")))
                .isInstanceOfSatisfying(
                        StoryChanged.class, e -> assertThat(e.savedBy()).isEqualTo(editor.username()));
        assertThat(newsroom.find(site.id(), story.id()).draft().title()).isEqualTo("Versi editor");
    }

    @Test
    void everySaveIsARevisionAndAnOldOneCanBeRestored() {
        var story = drafting.create(writer, site.id(), draft("Pertama"));
        var second = drafting.save(writer, site.id(), story.id(), story.version(), draft("Kedua"));

        var restored = drafting.restore(writer, site.id(), story.id(), 1);

        assertThat(restored.draft().title()).isEqualTo("Pertama");
        assertThat(revisions.of(story.id()))
                .extracting(Revisions.Revision::number)
                .containsExactly(3, 2, 1);
        assertThat(revisions.of(story.id()))
                .extracting(Revisions.Revision::savedBy)
                .containsOnly(writer.username());
        assertThat(second.version()).isLessThan(restored.version());
    }

    @Test
    void theBodyIsSanitisedWhenSavedAndEmbedsAreMarked() {
        var dirty = draft("Aman")
                .with(c -> c.bodyHtml("<p onclick=\"x()\">Isi<script>alert(1)</script></p>"
                        + "<p>https://www.youtube.com/watch?v=abcdefghijk</p>"));

        var story = drafting.create(writer, site.id(), dirty);

        assertThat(story.draft().bodyHtml())
                .isEqualTo("<p>Isi</p><figure class=\"embed\" "
                        + "data-embed=\"https://www.youtube.com/watch?v=abcdefghijk\"><a href=\"https://www.youtube.com/watch?v="
                        + "abcdefghijk\" rel=\"noopener\">https://www.youtube.com/watch?v=abcdefghijk</a></figure>");
    }

    @Test
    void theSlugFollowsTheHeadlineUntilFirstPublicationThenStays() {
        var story = drafting.create(writer, site.id(), draft("Judul Pertama"));
        assertThat(story.draft().slug()).isEqualTo("judul-pertama");

        var renamed = drafting.save(
                writer,
                site.id(),
                story.id(),
                story.version(),
                draft("Judul Kedua").with(c -> c.slug(story.draft().slug())));
        assertThat(renamed.draft().slug()).isEqualTo("judul-kedua");

        newsroom.submit(writer, site.id(), story.id());
        var live = newsroom.publish(editor, site.id(), story.id());
        var edited = drafting.save(
                editor,
                site.id(),
                story.id(),
                live.version(),
                draft("Judul Ketiga").with(c -> c.slug("judul-kedua")));
        assertThat(edited.draft().slug()).isEqualTo("judul-kedua");
    }

    @Test
    void theEditorWhoSchedulesIsCreditedWhenTheSchedulerPublishes() {
        var story = drafting.create(writer, site.id(), draft("Terbit Nanti"));
        var scheduled = newsroom.schedule(editor, site.id(), story.id(), later());

        assertThat(scheduled.draft().editorId()).isEqualTo(editor.personId());
    }

    @Test
    void aScheduledStoryMustStayPublishableWhileItWaits() {
        var story = drafting.create(writer, site.id(), draft("Terbit Nanti"));
        var scheduled = newsroom.schedule(editor, site.id(), story.id(), later());
        var withoutRubric = new ArticleContent(
                null,
                "Terbit Nanti",
                "",
                "",
                "<p>Isi.</p>",
                null,
                null,
                null,
                null,
                "",
                "",
                scheduled.draft().writerIds(),
                java.util.List.of(),
                scheduled.draft().editorId());

        assertThatThrownBy(() -> drafting.save(editor, site.id(), story.id(), scheduled.version(), withoutRubric))
                .isInstanceOf(WorkflowRefused.class)
                .hasMessageContaining("Lengkapi dulu: kanal.");
        assertThat(newsroom.find(site.id(), story.id()).draft().rubricId())
                .isEqualTo(site.rubrics().getFirst().id());
    }

    @Test
    void aWithdrawnArticleTakesNoCorrection() {
        var story = published("Ditarik Dulu");
        newsroom.unpublish(editor, site.id(), story.id(), "Narasumber mencabut keterangannya.");

        assertThatThrownBy(() -> notices.add(editor, site.id(), story.id(), Notice.Kind.RALAT, "Ralat."))
                .isInstanceOf(WorkflowRefused.class)
                .hasMessageContaining("Berita yang tidak sedang terbit tidak bisa diberi ralat.");
    }

    private Story published(String title) {
        var story = drafting.create(writer, site.id(), draft(title));
        newsroom.submit(writer, site.id(), story.id());
        return newsroom.publish(editor, site.id(), story.id());
    }

    private ArticleContent draft(String title) {
        return Fixtures.draft(site, writer, title);
    }

    private String host() {
        return site.hosts().getFirst();
    }

    private Document read(long id) {
        var located = browser.get(host(), "/baca/" + id);
        assertThat(located.status()).isEqualTo(301);
        return browser.get(host(), located.header("Location")).html();
    }

    static Instant later() {
        return Instant.now().plus(1, ChronoUnit.HOURS);
    }
}

package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleContent;
import id.redaksi.article.GalleryPicture;
import id.redaksi.site.Site;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A revision holds the whole story: restoring one brings back every field of the draft as it was saved, whichever
 * way the revision was written (a save at the desk, an import).
 */
@PortalTest
class RevisionRestoreIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    StoryImports imports;

    @Autowired
    Revisions revisions;

    @Autowired
    JdbcClient jdbc;

    Site site;
    Actor editor;
    ArticleContent first;
    ArticleContent second;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        editor = fixtures.account(site, Role.EDITOR);
        var writerA = fixtures.account(site, Role.WRITER).personId();
        var writerB = fixtures.account(site, Role.WRITER).personId();
        var creditA = fixtures.account(site, Role.EDITOR).personId();
        var creditB = fixtures.account(site, Role.EDITOR).personId();
        var rubrics = site.rubrics();
        first = new ArticleContent(
                rubrics.get(0).id(),
                "Judul pertama",
                "alamat-pertama",
                "Lead pertama.",
                "<p>Isi pertama.</p>",
                "Judul SEO pertama",
                "Deskripsi SEO pertama.",
                "MALANG",
                fixtures.image(site),
                "Keterangan foto pertama.",
                "Foto: Pertama",
                List.of(writerA, writerB),
                List.of(
                        fixtures.topic(site, "Banjir").id(),
                        fixtures.topic(site, "Cuaca").id()),
                creditA,
                List.of(
                        new GalleryPicture(fixtures.image(site), "Foto galeri pertama.", "Pewarta A"),
                        new GalleryPicture(fixtures.image(site), "Foto galeri kedua.", "")),
                "https://youtu.be/dQw4w9WgXcQ",
                "Sponsor Pertama");
        second = new ArticleContent(
                rubrics.get(1).id(),
                "Judul kedua",
                "alamat-kedua",
                "Lead kedua.",
                "<p>Isi kedua.</p>",
                "Judul SEO kedua",
                "Deskripsi SEO kedua.",
                "BATU",
                fixtures.image(site),
                "Keterangan foto kedua.",
                "Foto: Kedua",
                List.of(writerB),
                List.of(fixtures.topic(site, "Jalan").id()),
                creditB,
                List.of(new GalleryPicture(fixtures.image(site), "Foto galeri lain.", "Pewarta B")),
                "https://www.youtube.com/shorts/aBcDeFgHiJk",
                "Sponsor Kedua");
    }

    /** Revisions stored before the draft became {@link ArticleContent} are JSON of the same names: they read. */
    @Test
    void aRevisionStoredInTheOldDraftShapeStillReads() {
        var story = drafting.create(editor, site.id(), first);
        jdbc.sql("""
                        insert into story_revision (story_id, number, saved_by, content) values (:story, 99, 'lama', :json::jsonb)""")
                .param("story", story.id())
                .param("json", """
                        {"rubricId": %d, "title": "Judul lama", "slug": "judul-lama", "lead": "Ringkas",
                         "bodyHtml": "<p>Isi lama.</p>", "seoTitle": "SEO lama", "seoDescription": "Deskripsi lama",
                         "datelineOverride": "BLITAR", "imageId": null, "imageCaption": "Keterangan",
                         "imageCredit": "Dok.", "writerIds": [%d], "topicIds": [], "editorId": %d}""".formatted(first.rubricId(), first.writerIds().getFirst(), first.editorId()))
                .update();

        assertThat(revisions.find(story.id(), 99).orElseThrow().draft())
                .isEqualTo(new ArticleContent(
                        first.rubricId(),
                        "Judul lama",
                        "judul-lama",
                        "Ringkas",
                        "<p>Isi lama.</p>",
                        "SEO lama",
                        "Deskripsi lama",
                        "BLITAR",
                        null,
                        "Keterangan",
                        "Dok.",
                        List.of(first.writerIds().getFirst()),
                        List.of(),
                        first.editorId()));
    }

    @Test
    void theTestDraftsDifferInEveryField() {
        for (RecordComponent field : ArticleContent.class.getRecordComponents()) {
            assertThat(value(field, first)).as(field.getName()).isNotNull().isNotEqualTo(value(field, second));
        }
    }

    @Test
    void restoringASavedRevisionBringsBackEveryField() {
        var story = drafting.create(editor, site.id(), first);
        assertThat(story.draft()).isEqualTo(first);
        var changed = drafting.save(editor, site.id(), story.id(), story.version(), second);
        assertThat(changed.draft()).isEqualTo(second);

        var restored = drafting.restore(editor, site.id(), story.id(), 1);

        assertEveryField(restored.draft(), first);
        assertEveryField(revisions.find(story.id(), 3).orElseThrow().draft(), first);
    }

    @Test
    void restoringAnImportedStorysFirstRevisionBringsBackEveryField() {
        var at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.DAYS);
        long id = imports.importPublished(new ImportedStory(site.id(), first, at, at), "impor");
        var story = newsroom.find(site.id(), id);
        assertEveryField(story.draft(), first);
        assertThat(revisions.find(id, 1).orElseThrow().savedAt()).isEqualTo(at);
        drafting.save(editor, site.id(), id, story.version(), second);

        var restored = drafting.restore(editor, site.id(), id, 1);

        assertEveryField(restored.draft(), first);
    }

    /** Field by field, so a failure names the field that was lost. */
    private static void assertEveryField(ArticleContent actual, ArticleContent expected) {
        for (RecordComponent field : ArticleContent.class.getRecordComponents()) {
            assertThat(value(field, actual)).as(field.getName()).isEqualTo(value(field, expected));
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static Object value(RecordComponent field, ArticleContent draft) {
        try {
            return field.getAccessor().invoke(draft);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

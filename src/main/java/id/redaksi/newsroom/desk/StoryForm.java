package id.redaksi.newsroom.desk;

import id.redaksi.article.ArticleContent;
import id.redaksi.article.GalleryPicture;
import id.redaksi.article.Topics;
import id.redaksi.newsroom.NamedTopics;
import id.redaksi.newsroom.Story;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The editor page's form as the browser sends it: text everywhere, so that a value we cannot use comes back
 * on screen with a message instead of being lost.
 */
public record StoryForm(
        @NotNull(message = "{form.incomplete}") Integer version,

        @Pattern(regexp = ID, message = "{story.rubric.unknown}")
        String rubricId,

        @Size(max = MAX_TITLE, message = "{story.title.tooLong}")
        String title,

        String slug,
        String lead,
        String body,
        String seoTitle,
        String seoDescription,
        String datelineOverride,

        @Pattern(regexp = ID, message = "{story.image.unknown}")
        String imageId,

        String imageCaption,
        String imageCredit,
        @Valid List<GalleryItem> gallery,
        String videoUrl,
        List<@Pattern(regexp = ID, message = "{story.writer.unknown}") String> writerIds,

        @Pattern(regexp = ID, message = "{story.editor.unknown}")
        String editorId,

        String topics,
        List<String> newTopics,

        // the "Laporan langsung" checkbox: kept beside the draft (article.LiveReports), not in it
        Boolean liveReport,
        Boolean sponsored,
        String sponsor) {

    static final int MAX_TITLE = 200;

    /** An id as a form sends it, or nothing; no longer than a {@code long} always holds. */
    static final String ID = "\\s*(\\d{1,18}\\s*)?";

    /**
     * One picture of a photo story as the form sends it ({@code gallery[0].imageId}, ...): indexed, so that a
     * caption with a comma stays one caption.
     */
    public record GalleryItem(
            @Pattern(regexp = ID, message = "{story.photo.unknown}")
            String imageId,

            String caption,
            String credit) {}

    public StoryForm {
        gallery = gallery == null
                ? List.of()
                : gallery.stream().filter(Objects::nonNull).toList();
        writerIds = writerIds == null ? List.of() : writerIds;
        newTopics = newTopics == null ? List.of() : newTopics;
        sponsored = Boolean.TRUE.equals(sponsored);
    }

    /** An advertorial names who paid for it: the page, its cards and its structured data all say so. */
    @AssertTrue(message = "{story.sponsor.missing}")
    public boolean isSponsorNamed() {
        return !sponsored || !blank(sponsor);
    }

    static StoryForm of(Story story, Topics topicNames) {
        var d = story.draft();
        var names = topicNames.byIds(d.topicIds()).stream().map(t -> t.name()).toList();
        return new StoryForm(
                story.version(),
                str(d.rubricId()),
                d.title(),
                d.slug(),
                d.lead(),
                d.bodyHtml(),
                d.seoTitle(),
                d.seoDescription(),
                d.datelineOverride(),
                str(d.imageId()),
                d.imageCaption(),
                d.imageCredit(),
                d.gallery().stream()
                        .map(p -> new GalleryItem(String.valueOf(p.imageId()), p.caption(), p.credit()))
                        .toList(),
                d.videoUrl(),
                d.writerIds().stream().map(String::valueOf).toList(),
                str(d.editorId()),
                String.join(", ", names),
                List.of(),
                false,
                d.sponsored(),
                d.sponsor());
    }

    /** The same text, to be saved on top of {@code newer}: a save conflict's "keep mine". */
    StoryForm onTopOf(int newer) {
        return with(newer, editorId, liveReport);
    }

    /** The form with this person as the editor credit when it has none: an editor's form credits that editor. */
    StoryForm creditingEditor(Long personId) {
        if (personId == null || !blank(editorId)) {
            return this;
        }
        return with(version, String.valueOf(personId), liveReport);
    }

    private StoryForm with(Integer version, String editorId, Boolean liveReport) {
        return new StoryForm(
                version,
                rubricId,
                title,
                slug,
                lead,
                body,
                seoTitle,
                seoDescription,
                datelineOverride,
                imageId,
                imageCaption,
                imageCredit,
                gallery,
                videoUrl,
                writerIds,
                editorId,
                topics,
                newTopics,
                liveReport,
                sponsored,
                sponsor);
    }

    /** The form as saved, with whether the story is a live report. */
    StoryForm withLiveReport(boolean live) {
        return with(version, editorId, live);
    }

    public boolean isLiveReport() {
        return Boolean.TRUE.equals(liveReport);
    }

    /** A new story's form: the writer who opens it is its first writer, if they have a person profile. */
    static StoryForm blank(Long personId) {
        var writers = personId == null ? List.<String>of() : List.of(String.valueOf(personId));
        return new StoryForm(
                0, "", "", "", "", "", "", "", "", "", "", "", List.of(), "", writers, "", "", List.of(), false, false,
                "");
    }

    /**
     * The draft the form describes, once its constraints hold; its topics are named in {@link #topicNames()}, made
     * only when it is saved. Whether the ids it names are the site's is the newsroom's to decide, when it saves.
     */
    ArticleContent toDraft() {
        var writers = writerIds.stream()
                .filter(w -> !blank(w))
                .map(DeskSupport::number)
                .toList();
        return new ArticleContent(
                DeskSupport.number(rubricId),
                title,
                slug,
                lead,
                body,
                seoTitle,
                seoDescription,
                datelineOverride,
                DeskSupport.number(imageId),
                imageCaption,
                imageCredit,
                writers,
                List.of(),
                DeskSupport.number(editorId),
                gallery.stream()
                        .filter(item -> !blank(item.imageId()))
                        .map(item ->
                                new GalleryPicture(DeskSupport.number(item.imageId()), item.caption(), item.credit()))
                        .toList(),
                videoUrl,
                sponsored ? sponsor : null);
    }

    /** The topics as typed (names separated by commas), with those the user chose to make as new topics. */
    NamedTopics topicNames() {
        var names = Arrays.stream(Objects.requireNonNullElse(topics, "").split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        return new NamedTopics(names, newTopics);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String str(Long value) {
        return value == null ? "" : value.toString();
    }
}

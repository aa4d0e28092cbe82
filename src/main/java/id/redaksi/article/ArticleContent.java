package id.redaksi.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a story says and shows: the one list of its fields, the newsroom's draft as much as the article readers
 * get. The newsroom saves it whole as a revision (JSON with these component names: renaming one breaks the stored
 * revisions), {@link PublishedArticle} carries it to the public side, and {@link Article} shows it with its ids
 * resolved.
 *
 * @param writerIds person ids in byline order
 * @param datelineOverride replaces the site's dateline for this article, or null
 * @param gallery the pictures of a photo story in order; empty for any other story
 * @param videoUrl the YouTube address the story leads with ({@link YouTubeVideo}), or null
 * @param sponsor who paid for an advertorial (Konten Kerja Sama); null for an ordinary story
 */
public record ArticleContent(
        Long rubricId,
        String title,
        String slug,
        String lead,
        String bodyHtml,
        String seoTitle,
        String seoDescription,
        String datelineOverride,
        Long imageId,
        String imageCaption,
        String imageCredit,
        List<Long> writerIds,
        List<Long> topicIds,
        Long editorId,
        List<GalleryPicture> gallery,
        String videoUrl,
        String sponsor) {

    public ArticleContent {
        title = text(title);
        slug = text(slug);
        lead = text(lead);
        bodyHtml = text(bodyHtml);
        seoTitle = blankToNull(seoTitle);
        seoDescription = blankToNull(seoDescription);
        datelineOverride = blankToNull(datelineOverride);
        imageCaption = text(imageCaption);
        imageCredit = text(imageCredit);
        writerIds =
                writerIds == null ? List.of() : writerIds.stream().distinct().toList();
        topicIds = topicIds == null ? List.of() : topicIds.stream().distinct().toList();
        gallery = gallery == null ? List.of() : List.copyOf(gallery);
        videoUrl = blankToNull(videoUrl);
        sponsor = blankToNull(sponsor);
    }

    /** An ordinary story without pictures of its own or a video, as every story was before they could have them. */
    public ArticleContent(
            Long rubricId,
            String title,
            String slug,
            String lead,
            String bodyHtml,
            String seoTitle,
            String seoDescription,
            String datelineOverride,
            Long imageId,
            String imageCaption,
            String imageCredit,
            List<Long> writerIds,
            List<Long> topicIds,
            Long editorId) {
        this(
                rubricId,
                title,
                slug,
                lead,
                bodyHtml,
                seoTitle,
                seoDescription,
                datelineOverride,
                imageId,
                imageCaption,
                imageCredit,
                writerIds,
                topicIds,
                editorId,
                List.of(),
                null,
                null);
    }

    /** The video the story leads with, when its address names one. */
    public Optional<YouTubeVideo> video() {
        return YouTubeVideo.of(videoUrl);
    }

    /** An advertorial: Dewan Pers and Google News ask that readers can tell it from the newsroom's own stories. */
    public boolean sponsored() {
        return sponsor != null;
    }

    public static ArticleContent empty() {
        return new ArticleContent(
                null, "", "", "", "", null, null, null, null, "", "", List.of(), List.of(), null, List.of(), null,
                null);
    }

    /** What a reader's page would lack, in the newsroom's words; empty when the story can go out. */
    public List<String> missingForPublication() {
        var missing = new ArrayList<String>();
        if (title.isBlank()) {
            missing.add("judul");
        }
        if (rubricId == null) {
            missing.add("kanal");
        }
        if (bodyHtml.replaceAll("<[^>]*>", "").isBlank()) {
            missing.add("isi berita");
        }
        if (writerIds.isEmpty()) {
            missing.add("penulis");
        }
        return missing;
    }

    /** A copy with some fields changed, the one way to make one: {@code content.with(c -> c.slug("banjir"))}. */
    public ArticleContent with(UnaryOperator<Changes> changes) {
        return changes.apply(new Changes(this)).content();
    }

    /** The fields that change after a story is typed: its address, its cleaned body, its credits, topics, sponsor. */
    public static final class Changes {

        private final ArticleContent from;
        private String slug;
        private String bodyHtml;
        private List<Long> writerIds;
        private List<Long> topicIds;
        private Long editorId;
        private String sponsor;

        private Changes(ArticleContent from) {
            this.from = from;
            this.slug = from.slug;
            this.bodyHtml = from.bodyHtml;
            this.writerIds = from.writerIds;
            this.topicIds = from.topicIds;
            this.editorId = from.editorId;
            this.sponsor = from.sponsor;
        }

        public Changes slug(String slug) {
            this.slug = slug;
            return this;
        }

        public Changes bodyHtml(String bodyHtml) {
            this.bodyHtml = bodyHtml;
            return this;
        }

        public Changes writerIds(List<Long> writerIds) {
            this.writerIds = writerIds;
            return this;
        }

        public Changes topicIds(List<Long> topicIds) {
            this.topicIds = topicIds;
            return this;
        }

        public Changes editorId(Long editorId) {
            this.editorId = editorId;
            return this;
        }

        public Changes sponsor(String sponsor) {
            this.sponsor = sponsor;
            return this;
        }

        private ArticleContent content() {
            return new ArticleContent(
                    from.rubricId,
                    from.title,
                    slug,
                    from.lead,
                    bodyHtml,
                    from.seoTitle,
                    from.seoDescription,
                    from.datelineOverride,
                    from.imageId,
                    from.imageCaption,
                    from.imageCredit,
                    writerIds,
                    topicIds,
                    editorId,
                    from.gallery,
                    from.videoUrl,
                    sponsor);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

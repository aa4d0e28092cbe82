package id.redaksi.newsroom;

import java.util.ArrayList;
import java.util.List;

/**
 * The editable content of a story. Saving a draft asks nothing of it; submitting and publishing need
 * what a reader's page needs (see {@link #missingForPublication()}).
 *
 * @param writerIds person ids in byline order
 */
public record Draft(
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

    public Draft {
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
    }

    public static Draft empty() {
        return new Draft(null, "", "", "", "", null, null, null, null, "", "", List.of(), List.of(), null);
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

    public Draft withSlug(String slug) {
        return new Draft(
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
                editorId);
    }

    public Draft withBody(String bodyHtml) {
        return new Draft(
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
                editorId);
    }

    public Draft withWriters(List<Long> writerIds) {
        return new Draft(
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
                editorId);
    }

    public Draft withTopics(List<Long> topicIds) {
        return new Draft(
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
                editorId);
    }

    public Draft withEditor(Long editorId) {
        return new Draft(
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
                editorId);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

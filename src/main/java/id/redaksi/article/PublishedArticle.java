package id.redaksi.article;

import java.time.Instant;
import java.util.List;

/**
 * A revision the newsroom makes public. Its body is sanitised on the way in.
 *
 * @param writerIds person ids in byline order
 * @param publishedAt the first publication; it stays in the URL when the article is updated later
 */
public record PublishedArticle(
        long id,
        long siteId,
        long rubricId,
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
        Long editorId,
        List<Long> topicIds,
        Instant publishedAt,
        Instant updatedAt) {}

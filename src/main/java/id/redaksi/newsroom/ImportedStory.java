package id.redaksi.newsroom;

import id.redaksi.article.PublishedArticle;
import java.time.Instant;
import java.util.List;

/**
 * A story that was already published before it reached the newsroom, such as demo content or an import
 * from an older system.
 *
 * @param writerIds person ids in byline order
 */
public record ImportedStory(
        long siteId,
        long rubricId,
        String title,
        String slug,
        String lead,
        String bodyHtml,
        Long imageId,
        String imageCaption,
        String imageCredit,
        List<Long> writerIds,
        Long editorId,
        List<Long> topicIds,
        Instant firstPublishedAt,
        Instant updatedAt) {

    public ImportedStory {
        writerIds = List.copyOf(writerIds);
        topicIds = List.copyOf(topicIds);
    }

    /** The revision readers see, under the story's id: a story's id is its article's id. */
    public PublishedArticle publishedAs(long storyId) {
        return new PublishedArticle(
                storyId,
                siteId,
                rubricId,
                title,
                slug,
                lead,
                bodyHtml,
                null,
                null,
                null,
                imageId,
                imageCaption,
                imageCredit,
                writerIds,
                editorId,
                topicIds,
                firstPublishedAt,
                updatedAt);
    }
}

package id.redaksi.newsroom;

import id.redaksi.article.PublishedArticle;
import java.time.Instant;

/**
 * A story that was already published before it reached the newsroom, such as demo content or an import
 * from an older system.
 *
 * @param content everything a story holds, as it was published
 */
public record ImportedStory(long siteId, Draft content, Instant firstPublishedAt, Instant updatedAt) {

    /** The revision readers see, under the story's id: a story's id is its article's id. */
    public PublishedArticle publishedAs(long storyId) {
        var d = content;
        return new PublishedArticle(
                storyId,
                siteId,
                d.rubricId(),
                d.title(),
                d.slug(),
                d.lead(),
                d.bodyHtml(),
                d.seoTitle(),
                d.seoDescription(),
                d.datelineOverride(),
                d.imageId(),
                d.imageCaption(),
                d.imageCredit(),
                d.writerIds(),
                d.editorId(),
                d.topicIds(),
                firstPublishedAt,
                updatedAt);
    }
}

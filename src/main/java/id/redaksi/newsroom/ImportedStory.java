package id.redaksi.newsroom;

import id.redaksi.article.ArticleContent;
import id.redaksi.article.PublishedArticle;
import java.time.Instant;

/**
 * A story that was already published before it reached the newsroom, such as demo content or an import
 * from an older system.
 *
 * @param content everything a story holds, as it was published
 */
public record ImportedStory(long siteId, ArticleContent content, Instant firstPublishedAt, Instant updatedAt) {

    /** The revision readers see, under the story's id: a story's id is its article's id. */
    public PublishedArticle publishedAs(long storyId) {
        return new PublishedArticle(storyId, siteId, content, firstPublishedAt, updatedAt);
    }
}

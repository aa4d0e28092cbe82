package id.redaksi.article;

import java.time.Instant;

/**
 * A revision the newsroom makes public, as {@link Publishing} stores it and {@link ArticlePreviews} shows it before
 * it is. Its body is sanitised on the way in.
 *
 * @param publishedAt the first publication; it stays in the URL when the article is updated later
 */
public record PublishedArticle(long id, long siteId, ArticleContent content, Instant publishedAt, Instant updatedAt) {}

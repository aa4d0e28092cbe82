package id.redaksi.article;

/** An article became visible to readers, or its published revision changed (an update, a correction). */
public record ArticlePublished(long siteId, long articleId, long rubricId) {}

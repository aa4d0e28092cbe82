package id.redaksi.article;

/** An article was taken off the public side. */
public record ArticleWithdrawn(long siteId, long articleId, long rubricId) {}

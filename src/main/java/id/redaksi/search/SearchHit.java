package id.redaksi.search;

import id.redaksi.article.ArticleCard;

/**
 * An article found, with a passage of its body.
 *
 * @param snippet HTML: escaped text in which only the matched words are wrapped in {@code <mark>}
 */
public record SearchHit(ArticleCard article, String snippet) {}

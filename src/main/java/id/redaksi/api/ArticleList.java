package id.redaksi.api;

import id.redaksi.article.ArticleCard;
import id.redaksi.site.Site;
import java.util.List;

/**
 * One page of a list, newest first.
 *
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
record ArticleList(List<ArticleSummary> items, String nextCursor) {

    /** @param rows up to one more than the page holds: the extra row only tells that there is a next page */
    static ArticleList of(Site site, List<ArticleCard> rows, int limit) {
        var shown = rows.stream().limit(limit).toList();
        String next = null;
        if (rows.size() > limit) {
            var last = shown.getLast();
            next = new Cursor(last.publishedAt(), last.id()).encode();
        }
        return new ArticleList(ArticleSummary.all(site, shown), next);
    }
}

package id.redaksi.api;

import id.redaksi.article.ArticleCard;
import id.redaksi.media.Image;
import id.redaksi.site.Site;
import java.util.List;

/** An article in a list: enough for a card, with the canonical address to open it. */
record ArticleSummary(
        long id, String url, String title, String lead, String publishedAt, SiteView.Link rubric, ImageView image) {

    static ArticleSummary of(Site site, ArticleCard card) {
        return new ArticleSummary(
                card.id(),
                site.url(card.path(site.zone())),
                card.title(),
                card.lead(),
                ApiTime.iso(card.publishedAt(), site.zone()),
                site.rubric(card.rubricId())
                        .map(r -> SiteView.Link.rubric(site, r))
                        .orElse(null),
                ImageView.of(site, card.image(), null, null));
    }

    static List<ArticleSummary> all(Site site, List<ArticleCard> cards) {
        return cards.stream().map(card -> of(site, card)).toList();
    }

    /**
     * A picture with its size, so apps can reserve its space before it loads. Only the original is stored;
     * there are no renditions yet.
     *
     * @param caption and credit are given on the full article only
     */
    record ImageView(String url, int width, int height, String alt, String caption, String credit) {

        static ImageView of(Site site, Image image, String caption, String credit) {
            return image == null
                    ? null
                    : new ImageView(
                            site.url(image.path()), image.width(), image.height(), image.alt(), caption, credit);
        }
    }
}

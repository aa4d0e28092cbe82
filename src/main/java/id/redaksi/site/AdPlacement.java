package id.redaksi.site;

/** The fixed places of a site's pages where an ad may sit. */
public enum AdPlacement {
    /** Under the masthead of every public page. */
    TOP,
    /** Inside an article, after the paragraph the site chose ({@link SiteAds#inArticleAfter()}). */
    IN_ARTICLE,
    /** Beside or below the lists: the front page, rubric, topic, person, index and most-read pages. */
    LIST,
    /** Under an article, before its related links. */
    BELOW_ARTICLE
}

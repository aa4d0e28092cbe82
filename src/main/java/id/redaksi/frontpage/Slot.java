package id.redaksi.frontpage;

import id.redaksi.article.ArticleCard;

/**
 * A slot of a page as readers see it.
 *
 * @param title the editor's shorter headline, else the article's own
 * @param picked whether an editor put the story there; false when the newest story filled the slot
 */
public record Slot(ArticleCard card, String title, boolean picked) {}

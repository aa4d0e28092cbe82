package id.redaksi.web;

import id.redaksi.article.ArticleCard;
import id.redaksi.article.Articles;
import id.redaksi.readership.MostRead;
import id.redaksi.readership.Window;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import java.util.List;
import org.springframework.stereotype.Component;

/** The most-read lists as cards. */
@Component
class MostReadCards {

    static final int SIZE = 5;

    /* Asks for more ids than it shows: a most-read article may have been withdrawn since, and then has no card. */
    private static final int SPARE = 5;

    private final MostRead mostRead;
    private final Articles articles;

    MostReadCards(MostRead mostRead, Articles articles) {
        this.mostRead = mostRead;
        this.articles = articles;
    }

    List<ArticleCard> onSite(Site site, Window window, int size) {
        return shown(site, mostRead.onSite(site.id(), window, size + SPARE), size);
    }

    List<ArticleCard> inRubric(Site site, Rubric rubric, Window window) {
        return shown(site, mostRead.inRubric(rubric.id(), window, SIZE + SPARE), SIZE);
    }

    private List<ArticleCard> shown(Site site, List<Long> ids, int size) {
        return articles.cards(site.id(), ids).stream().limit(size).toList();
    }
}

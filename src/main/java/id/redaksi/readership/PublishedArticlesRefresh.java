package id.redaksi.readership;

import id.redaksi.article.ArticlePublished;
import id.redaksi.article.ArticleWithdrawn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Counts a newly published article from its first read, and stops counting a withdrawn one at once. */
@Component
class PublishedArticlesRefresh {

    private final PublishedArticles published;

    PublishedArticlesRefresh(PublishedArticles published) {
        this.published = published;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        published.refresh(event.siteId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn event) {
        published.refresh(event.siteId());
    }
}

package id.redaksi.readership;

import id.redaksi.article.ArticlePublished;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** A newly published article is known to the beacon from its first read, without waiting for a flush to find it. */
@Component
class PublishedArticlesRefresh {

    private final PublishedArticles published;

    PublishedArticlesRefresh(PublishedArticles published) {
        this.published = published;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        published.add(event.siteId(), event.articleId());
    }
}

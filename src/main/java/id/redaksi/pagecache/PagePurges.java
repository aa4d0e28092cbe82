package id.redaksi.pagecache;

import id.redaksi.article.ArticlePublished;
import id.redaksi.article.ArticleWithdrawn;
import id.redaksi.frontpage.FrontPageChanged;
import id.redaksi.site.SitesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Purges the pages an article's publication or withdrawal changes: on this node right after the commit (so the
 * editor who published sees the change on the next request), on the other nodes through a NOTIFY sent inside
 * the publishing transaction (so it reaches them only once the change is committed). Front pages editors arrange
 * are purged the same way, and again on each node when a pick expires. A change of sites or rubrics
 * drops the pages of the sites it changed, on every node: their navigation, names and settings are on every page.
 */
@Component
class PagePurges {

    private final PageCache cache;
    private final PurgeMessages messages;

    PagePurges(PageCache cache, PurgeMessages messages) {
        this.cache = cache;
        this.messages = messages;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void announce(ArticlePublished event) {
        messages.send(event.siteId(), event.articleId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void announce(ArticleWithdrawn event) {
        messages.send(event.siteId(), event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void purge(ArticlePublished event) {
        cache.purgeArticle(event.siteId(), event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void purge(ArticleWithdrawn event) {
        cache.purgeArticle(event.siteId(), event.articleId());
    }

    /**
     * A front page an editor saved here is announced to the other nodes; an expired pick is not: every node finds
     * those by itself, outside any transaction.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void announce(FrontPageChanged event) {
        messages.send(event.siteId(), PurgeMessages.NO_ARTICLE);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void purge(FrontPageChanged event) {
        cache.purgeLists(event.siteId());
    }

    /**
     * Only a change this node made in a transaction is announced: a reload after another node's message or after the
     * periodic recheck raises the same event outside a transaction, and announcing it again would echo for ever.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void announce(SitesChanged event) {
        messages.sendSites();
    }

    @EventListener
    void purge(SitesChanged event) {
        cache.purgeSites(event.siteIds());
    }
}

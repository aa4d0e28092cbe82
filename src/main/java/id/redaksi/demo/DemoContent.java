package id.redaksi.demo;

import id.redaksi.AdvisoryLocks;
import id.redaksi.article.Publishing;
import id.redaksi.newsroom.StoryImports;
import id.redaksi.site.Sites;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a fresh installation with a demo network on start, so that the portal shows something the first
 * time it runs. It loads only into a network without sites, all in one transaction, and only on the node
 * that takes the advisory lock: nodes started together do not load it twice, and a failed load leaves no rows
 * (picture files already written stay in the media directory, unreferenced).
 */
@Component
class DemoContent implements SmartLifecycle {

    static final String LOCK = "redaksi.demo-content";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final DemoSettings settings;
    private final DemoNetwork network;
    private final StoryImports imports;
    private final Publishing publishing;
    private final Sites sites;
    private final AdvisoryLocks locks;
    private final TransactionTemplate transaction;
    private final DemoAccounts accounts;

    DemoContent(
            DemoSettings settings,
            DemoNetwork network,
            StoryImports imports,
            Publishing publishing,
            Sites sites,
            AdvisoryLocks locks,
            PlatformTransactionManager transactions,
            DemoAccounts accounts) {
        this.accounts = accounts;
        this.settings = settings;
        this.network = network;
        this.imports = imports;
        this.publishing = publishing;
        this.sites = sites;
        this.locks = locks;
        this.transaction = new TransactionTemplate(transactions);
    }

    private volatile boolean running;

    /**
     * Loads before the web server opens its port (the server starts in phase {@code DEFAULT_PHASE - 1024}): a
     * reader's first request gets the demo network, never an empty site that the page cache would keep for a
     * minute.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            loadIfEmpty(settings);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Loads the demo network unless there already is a site or another node is loading it; says what it made. */
    Optional<Loaded> loadIfEmpty(DemoSettings settings) {
        long started = System.nanoTime();
        Optional<Loaded> loaded;
        try {
            loaded = transaction.execute(status -> loadLocked(settings));
        } catch (RuntimeException e) {
            // Sites keeps a snapshot that was read inside the transaction that failed.
            sites.reload();
            throw e;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        loaded.ifPresent(made -> log.info("Demo content loaded in {} ms: {}", millis, made));
        return loaded;
    }

    private Optional<Loaded> loadLocked(DemoSettings settings) {
        if (!locks.tryLockForTransaction(LOCK)) {
            log.info("Demo content skipped: another node is loading it");
            return Optional.empty();
        }
        sites.reload();
        if (!sites.all().isEmpty()) {
            log.info(
                    "Demo content skipped: the network already has {} sites",
                    sites.all().size());
            accounts.keepOrReset(settings);
            return Optional.empty();
        }
        return Optional.of(load(settings, Instant.now()));
    }

    private Loaded load(DemoSettings settings, Instant now) {
        var bank = TextBank.load();
        var casts = network.create(bank, settings.port());
        var planner = new ArticlePlanner(bank);
        // Oldest first, so that article ids grow with publication time as they would in a newsroom.
        var planned = casts.stream()
                .flatMap(cast -> planner.plan(cast, settings.articlesPerSite(), now).stream())
                .sorted(Comparator.comparing(p -> p.story().firstPublishedAt()))
                .toList();
        planned.forEach(this::publish);
        accounts.createUnlessAnyExist(casts, settings);
        return Loaded.of(casts, planned);
    }

    private void publish(PlannedArticle planned) {
        long id = imports.importPublished(planned.story(), "demo");
        publishing.publish(planned.story().publishedAs(id));
        planned.notices().forEach(notice -> publishing.addNotice(id, notice));
    }

    /** What one load made. */
    record Loaded(int sites, int rubrics, int people, int topics, int images, int articles, int notices) {

        static Loaded of(List<SiteCast> casts, List<PlannedArticle> planned) {
            return new Loaded(
                    casts.size(),
                    casts.stream().mapToInt(c -> c.site().rubrics().size()).sum(),
                    casts.stream()
                            .mapToInt(c -> c.writers().size() + c.editors().size())
                            .sum(),
                    casts.stream().mapToInt(c -> c.topics().size()).sum(),
                    casts.stream().mapToInt(c -> c.imageByRubric().size()).sum(),
                    planned.size(),
                    planned.stream().mapToInt(p -> p.notices().size()).sum());
        }
    }
}

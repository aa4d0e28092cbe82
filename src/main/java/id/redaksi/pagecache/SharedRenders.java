package id.redaksi.pagecache;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * One render per page at a time. When a publication purges the front page at a busy hour, hundreds of readers
 * ask for it within the same moment; the first renders it, the others wait for that page instead of each running
 * the same queries on the same pool. A waiter that gets nothing (the render failed, or kept nothing) renders itself.
 */
@Component
class SharedRenders {

    /** A render of a page that answers the request itself and returns the page it kept, or null. */
    @FunctionalInterface
    interface Render {
        CachedPage run() throws ServletException, IOException;
    }

    /** Longer than a render takes, shorter than a reader waits; past it a waiter renders the page itself. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final ConcurrentHashMap<PageKey, CompletableFuture<CachedPage>> running = new ConcurrentHashMap<>();

    boolean isRunning(PageKey key) {
        return running.containsKey(key);
    }

    /** The page a render under way for this key kept, after waiting for it; null when none is under way. */
    CachedPage await(PageKey key) {
        var render = running.get(key);
        if (render == null) {
            return null;
        }
        try {
            return render.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Runs the render, letting requests for the same page that arrive meanwhile wait for its page. */
    void run(PageKey key, Render render) throws ServletException, IOException {
        var mine = new CompletableFuture<CachedPage>();
        boolean leading = running.putIfAbsent(key, mine) == null;
        CachedPage kept = null;
        try {
            kept = render.run();
        } finally {
            if (leading) {
                running.remove(key, mine);
            }
            mine.complete(kept);
        }
    }
}

package id.redaksi.pagecache;

import id.redaksi.DatabaseBreaker;
import id.redaksi.site.Sites;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The one place that decides how responses may be cached. Only the public routes of a site the host names, asked
 * without a session ({@link PublicRoute}), may be kept by browsers and a CDN, with a strong ETag (a repeat visit costs
 * a 304); everything else (the newsroom, an unknown host's answers, any address not on the list) is
 * {@code private, no-store}. Errors of public routes are kept briefly or not at all, so a fixed page shows at once.
 * The JSON API under {@code /api/} is treated like public pages, with its own shorter lifetime.
 *
 * <p>The site's pages are also kept in this node's memory ({@link PageCache}), so a repeat request runs no
 * controller, template or SQL. When rendering fails because the database is away, a kept page answers even
 * past its lifetime, and a page never kept answers 503 in the site's look. Feeds, sitemaps and API answers are
 * rendered for each request, but their last good copy is kept too ({@link KeptAnswers}) for the same purpose. While
 * the {@link DatabaseBreaker} says the database is down, a kept copy answers at once, without a try at the pool.
 * An error is never kept by anyone: a 503 says {@code private, no-store} and when to come back.
 */
@Component
@Order(CachingPolicy.ORDER)
public class CachingPolicy extends OncePerRequestFilter {

    /**
     * Before Spring Security (-100): a kept page is answered without the security filter chain, carrying the
     * security headers its render got; everything rendered still passes through the chain. After the
     * forwarded-headers filter, so the site is resolved from the host the reader asked for.
     */
    static final int ORDER = -110;

    static final String PUBLIC_PAGE =
            "public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400";
    /** Apps poll the API; a minute keeps a CDN useful without serving stale lists for long. */
    static final String API = "public, max-age=60, s-maxage=60";

    /**
     * A live report's poll: browsers ask again each time (a 304 while nothing is new), a CDN keeps it a few seconds,
     * since no purge reaches the CDN and a new update should not wait for a page's five minutes.
     */
    static final String POLL = "public, max-age=0, s-maxage=5";

    public static final String PRIVATE = "private, no-store";

    /** A request attribute by which a controller says its page, though public, is not worth a place in memory. */
    static final String NOT_KEPT = CachingPolicy.class.getName() + ".notKept";

    private final Sites sites;
    private final PageCache cache;
    private final SharedRenders renders;
    private final KeptAnswers answers;
    private final DatabaseBreaker database;
    private final boolean enabled;

    CachingPolicy(
            Sites sites,
            PageCache cache,
            SharedRenders renders,
            KeptAnswers answers,
            DatabaseBreaker database,
            PageCacheSettings settings) {
        this.sites = sites;
        this.cache = cache;
        this.renders = renders;
        this.answers = answers;
        this.database = database;
        this.enabled = settings.enabled();
    }

    /** Keeps this request's page out of the page cache: a page anyone can ask for in thousands of empty variants. */
    public static void doNotKeep(HttpServletRequest request) {
        request.setAttribute(NOT_KEPT, Boolean.TRUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = PublicRoute.plainPath(request);
        var route = PublicRoute.of(path).orElse(null);
        var host = request.getServerName().toLowerCase(Locale.ROOT);
        var site = route == null ? null : sites.byHost(host).orElse(null);
        if (route == PublicRoute.FILE) {
            // the same bytes for every reader; but an unknown host's 404 must not be stored under a site's address
            if (site == null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            }
            chain.doFilter(request, response);
            return;
        }
        if (site == null || !isRead(request) || namesReader(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            chain.doFilter(request, response);
            return;
        }
        if (route.kind() == PublicRoute.Kind.STREAMED || route.kind() == PublicRoute.Kind.API) {
            var key = enabled ? KeptAnswers.key(site.id(), host, path, request) : null;
            answer(request, response, chain, route, key);
            return;
        }
        // (the read beacon never gets here: readership's BeaconValve answers it in Tomcat's pipeline)
        var key = enabled
                ? CacheablePages.key(site.id(), host, route, path, request).orElse(null)
                : null;
        serve(request, response, chain, route, key);
    }

    static String cacheControl(PublicRoute route) {
        return route == PublicRoute.LIVE_UPDATES ? POLL : PUBLIC_PAGE;
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /**
     * Whether the request may belong to someone: a session (where a login keeps its principal) or credentials. Such a
     * request is never answered from, nor kept in, any shared cache, whatever page it asks for.
     */
    private static boolean namesReader(HttpServletRequest request) {
        return request.getRequestedSessionId() != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    /** A public page: from memory while it is fresh, else rendered (and kept if it may be). */
    private void serve(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, PublicRoute route, PageKey key)
            throws ServletException, IOException {
        if (key == null) {
            render(request, response, chain, route, null, null);
            return;
        }
        var kept = cache.get(key);
        if (kept != null && !cache.fresh(kept) && database.isDown()) {
            PageResponses.write(request, response, kept, DatabaseOutage.STALE);
            return;
        }
        if (kept == null || !cache.fresh(kept)) {
            kept = sharedRender(request, response, chain, route, key, kept);
        }
        if (kept != null) {
            PageResponses.write(request, response, kept, cacheControl(route));
        }
    }

    /**
     * A feed, sitemap or API answer: rendered, and its last good copy kept to answer while the database is down.
     * Feeds and sitemaps keep the validators they compute from their articles' edit times.
     */
    private void answer(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, PublicRoute route, PageKey key)
            throws ServletException, IOException {
        var kept = key == null ? null : answers.get(key);
        if (kept != null && database.isDown()) {
            PageResponses.write(request, response, kept, DatabaseOutage.STALE);
            return;
        }
        var buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            DatabaseOutage.answer(request, response, kept, e);
            return;
        }
        // the API answers an outage itself, with a problem detail; the kept copy is better
        if (buffered.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE && kept != null) {
            buffered.reset();
            PageResponses.write(request, response, kept, DatabaseOutage.STALE);
            return;
        }
        if (key != null && "GET".equals(request.getMethod()) && RenderedAnswers.shareable(request, buffered)) {
            answers.keep(
                    key,
                    buffered.getContentAsByteArray(),
                    buffered.getContentType(),
                    PageResponses.keptHeaders(response),
                    cache.now());
        }
        RenderedAnswers.finish(request, buffered, route);
    }

    /**
     * The page to answer with when another request is rendering it right now (the expired copy at once, if there
     * is one, else that render's page), or null when this one rendered and answered itself. An expired copy is
     * only past its lifetime (a publication removes the pages it changes), so readers need not wait for its
     * successor, nor for a render that waits on a database that has gone away.
     */
    private CachedPage sharedRender(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            PublicRoute route,
            PageKey key,
            CachedPage stale)
            throws ServletException, IOException {
        boolean get = "GET".equals(request.getMethod());
        if (get && stale != null && renders.isRunning(key)) {
            return stale;
        }
        var rendered = get ? renders.await(key) : null;
        if (rendered != null) {
            return rendered;
        }
        if (get) {
            renders.run(key, () -> render(request, response, chain, route, key, stale));
        } else {
            render(request, response, chain, route, key, stale);
        }
        return null;
    }

    /**
     * Renders the page and answers with it; keeps it when it may be kept, and answers with {@code stale} when the
     * database is away. Returns the page it kept, or null.
     */
    private CachedPage render(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            PublicRoute route,
            PageKey key,
            CachedPage stale)
            throws ServletException, IOException {
        long generation = cache.generation();
        var buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            DatabaseOutage.answer(request, response, stale, e);
            return null;
        }
        if (key != null && "GET".equals(request.getMethod()) && RenderedAnswers.keepable(request, buffered)) {
            var page = CachedPage.of(
                    buffered.getContentAsByteArray(),
                    buffered.getContentType(),
                    cache.now(),
                    PageResponses.keptHeaders(response));
            boolean kept = cache.put(key, page, generation);
            PageResponses.write(request, response, page, cacheControl(route));
            return kept ? page : null;
        }
        RenderedAnswers.finish(request, buffered, route);
        return null;
    }
}

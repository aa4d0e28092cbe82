package id.redaksi.pagecache;

import id.redaksi.RequestIds;
import id.redaksi.site.Sites;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The fast path of a kept page: a plain GET of a public page (no query, no session, no credentials) whose copy in
 * memory is fresh is answered here, in Tomcat's pipeline, before any servlet filter. Everything else, and every
 * page that is not kept or no longer fresh, goes on to {@link CachingPolicy} and the rest of the chain as before.
 *
 * <p>A profile of kept article pages under load (JFR, {@code bench/README.md}) put a third of the node's time in
 * what this skips: Tomcat encoding each header value through a new {@code CharsetEncoder} (16%), the observation
 * filter (11%), building the filter chain, and the route and site look-ups done twice. Here the headers are handed
 * to Tomcat as bytes. What a copy carries is what {@link PageResponses#write} gives it, request id included; such an
 * answer is counted by the page cache's hit metrics, not in {@code http.server.requests}.
 */
final class KeptPagesValve extends ValveBase {

    private final Sites sites;
    private final PageCache cache;

    KeptPagesValve(Sites sites, PageCache cache) {
        super(true);
        this.sites = sites;
        this.cache = cache;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        var page = freshKeptPage(request);
        if (page == null) {
            getNext().invoke(request, response);
        } else {
            write(request, response, page.page(), CachingPolicy.cacheControl(page.route()));
        }
    }

    private record Kept(CachedPage page, PublicRoute route) {}

    private Kept freshKeptPage(Request request) {
        if (!"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || request.getRequestedSessionId() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        var path = PublicRoute.plainPath(request);
        var route = PublicRoute.of(path).orElse(null);
        if (route == null || route.kind() != PublicRoute.Kind.PAGE) {
            return null;
        }
        var host = request.getServerName().toLowerCase(Locale.ROOT);
        var site = sites.byHost(host).orElse(null);
        var key = site == null
                ? null
                : CacheablePages.key(site.id(), host, route, path, request).orElse(null);
        var page = key == null ? null : cache.freshOrNull(key);
        return page == null ? null : new Kept(page, route);
    }

    private static void write(Request request, Response response, CachedPage page, String cacheControl)
            throws IOException {
        var headers = response.getCoyoteResponse().getMimeHeaders();
        add(headers, RequestIds.HEADER, RequestIds.idOf(request));
        PageResponses.write(request, response, page, cacheControl, (name, value) -> add(headers, name, value));
    }

    /** As bytes, which Tomcat writes as they are; a String value it encodes through a new CharsetEncoder each time. */
    private static void add(MimeHeaders headers, String name, String value) {
        var bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        headers.addValue(name).setBytes(bytes, 0, bytes.length);
    }

    /** Puts the valve in every site's Tomcat context, when the page cache is on. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        private final Sites sites;
        private final PageCache cache;
        private final boolean enabled;

        Installer(Sites sites, PageCache cache, PageCacheSettings settings) {
            this.sites = sites;
            this.cache = cache;
            this.enabled = settings.enabled();
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            if (enabled) {
                factory.addContextValves(new KeptPagesValve(sites, cache));
            }
        }
    }
}

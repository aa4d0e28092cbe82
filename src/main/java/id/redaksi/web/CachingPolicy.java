package id.redaksi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The one place that decides how responses may be cached. Public pages may be kept by browsers and a CDN
 * and carry a strong ETag (a repeat visit costs a 304); the newsroom is never stored anywhere; errors are
 * kept briefly or not at all, so a fixed page shows at once. The JSON API under {@code /api/} is treated like public
 * pages, with its own shorter lifetime.
 */
@Component
class CachingPolicy extends OncePerRequestFilter {

    static final String PUBLIC_PAGE = "public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400";
    /** Apps poll the API; a minute keeps a CDN useful without serving stale lists for long. */
    static final String API = "public, max-age=60, s-maxage=60";
    static final String PRIVATE = "private, no-store";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI();
        if (path.startsWith("/redaksi") || path.startsWith("/actuator") || path.startsWith("/error")) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            chain.doFilter(request, response);
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && path.endsWith(".xml")) {
            // Feeds and sitemaps are streamed, not buffered, and carry validators from their articles' edit times.
            response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_PAGE);
            chain.doFilter(request, response);
            return;
        }
        // the read beacon sets its own no-store and must not be buffered: it answers every page view
        if (!read || isStaticFile(path) || path.equals("/hit.gif")) {
            chain.doFilter(request, response);
            return;
        }
        var buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        finish(request, buffered);
    }

    private static boolean isStaticFile(String path) {
        return path.startsWith("/media/") || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/logo.png")
                || path.equals("/favicon.ico");
    }

    private static void finish(HttpServletRequest request, ContentCachingResponseWrapper response) throws IOException {
        int status = response.getStatus();
        if (status == 200) {
            var etag = etag(response.getContentAsByteArray());
            response.setHeader(HttpHeaders.CACHE_CONTROL, request.getRequestURI().startsWith("/api/") ? API : PUBLIC_PAGE);
            response.setHeader(HttpHeaders.ETAG, etag);
            if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            }
        } else if (status == 301 || status == 404) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60, s-maxage=60");
        } else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
        }
        response.copyBodyToResponse();
    }

    private static String etag(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

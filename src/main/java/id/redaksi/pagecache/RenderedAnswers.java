package id.redaksi.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What a public answer rendered for this request may be: kept in memory, shared with other readers, and how long
 * browsers and a CDN may keep it, by its status ({@link CachingPolicy} decides which routes get here at all).
 */
final class RenderedAnswers {

    private RenderedAnswers() {}

    /**
     * An HTML page (or a live report's poll, the one page that is JSON) that rendered whole and that its controller did not keep out; one that started a session or sets a
     * cookie belongs to one reader and is never shared.
     */
    static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        var type = response.getContentType();
        return request.getAttribute(CachingPolicy.NOT_KEPT) == null
                && type != null
                && (type.startsWith("text/html") || type.startsWith("application/json"))
                && shareable(request, response);
    }

    /** A whole answer with nothing of one reader's in it. */
    static boolean shareable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        return response.getStatus() == 200
                && request.getSession(false) == null
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && !response.isCommitted();
    }

    static void finish(HttpServletRequest request, ContentCachingResponseWrapper response, PublicRoute route)
            throws IOException {
        int status = response.getStatus();
        if (request.getSession(false) != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CachingPolicy.PRIVATE);
        } else if (status == 200 && response.getHeader(HttpHeaders.ETAG) != null) {
            // a feed or sitemap, whose own validators already answered any If-None-Match
            response.setHeader(HttpHeaders.CACHE_CONTROL, CachingPolicy.PUBLIC_PAGE);
        } else if (status == 200) {
            var etag = CachedPage.etag(response.getContentAsByteArray());
            response.setHeader(
                    HttpHeaders.CACHE_CONTROL,
                    route == PublicRoute.API ? CachingPolicy.API : CachingPolicy.cacheControl(route));
            response.setHeader(HttpHeaders.ETAG, etag);
            if (PageResponses.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            }
        } else if (status == 304) {
            response.setHeader(
                    HttpHeaders.CACHE_CONTROL,
                    route == PublicRoute.API ? CachingPolicy.API : CachingPolicy.PUBLIC_PAGE);
        } else if (status == 301 || status == 404) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60, s-maxage=60");
        } else {
            // any other error is fixed or gone soon; a copy kept by a CDN would outlive it
            response.setHeader(HttpHeaders.CACHE_CONTROL, CachingPolicy.PRIVATE);
            if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
            }
        }
        response.copyBodyToResponse();
    }
}

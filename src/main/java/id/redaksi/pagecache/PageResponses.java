package id.redaksi.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * Writes a kept page: gzip bytes to a client that takes them, always with a Content-Length (never chunked), and
 * a 304 when the client already holds this representation.
 */
final class PageResponses {

    private static final Pattern Q_ZERO = Pattern.compile("q=0(\\.0*)?");

    private PageResponses() {}

    static void write(HttpServletRequest request, HttpServletResponse response, CachedPage page, String cacheControl)
            throws IOException {
        write(request, response, page, cacheControl, response::setHeader);
    }

    /** The same, with each header given to {@code headers}: Tomcat's own, as bytes, from {@link KeptPagesValve}. */
    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            CachedPage page,
            String cacheControl,
            BiConsumer<String, String> headers)
            throws IOException {
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        var etag = page.etag(gzip);
        for (var header : page.headers()) {
            headers.accept(header.name(), header.value());
        }
        headers.accept(HttpHeaders.CACHE_CONTROL, cacheControl);
        headers.accept(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        headers.accept(HttpHeaders.ETAG, etag);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var body = page.body(gzip);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (gzip) {
            headers.accept(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        // one buffer for the whole page, so the bytes leave in one write rather than in 8 KB pieces
        response.setBufferSize(Math.max(body.length, response.getBufferSize()));
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Headers this policy or the servlet container decides per response; every other header a render set is kept. */
    private static final Set<String> PER_RESPONSE = Set.of(
            "cache-control",
            "etag",
            "vary",
            "content-length",
            "content-type",
            "content-encoding",
            "set-cookie",
            "date",
            "transfer-encoding",
            "expires",
            "pragma",
            "last-modified",
            "location",
            "connection",
            "keep-alive",
            // each answer's own (RequestIds), never the id of the request that rendered the kept page
            "x-request-id");

    /** The headers of a render that copies of the page must carry too: security headers, Content-Language. */
    static List<CachedPage.Header> keptHeaders(HttpServletResponse response) {
        var kept = new ArrayList<CachedPage.Header>();
        response.getHeaderNames().stream()
                .distinct()
                .filter(name -> !PER_RESPONSE.contains(name.toLowerCase(Locale.ROOT)))
                .forEach(name -> kept.add(new CachedPage.Header(name, response.getHeader(name))));
        // Tomcat writes the language a page's view set (the site's) only when it sends the render: no header yet
        var type = response.getContentType();
        if (type != null
                && type.startsWith("text/html")
                && kept.stream().noneMatch(h -> h.name().equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE))) {
            kept.add(new CachedPage.Header(
                    HttpHeaders.CONTENT_LANGUAGE, response.getLocale().toLanguageTag()));
        }
        return List.copyOf(kept);
    }

    /** Whether Accept-Encoding allows gzip: named (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean star = null;
        for (var coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            var parts = coding.split(";");
            var name = parts[0].strip();
            boolean allowed =
                    parts.length < 2 || !Q_ZERO.matcher(parts[1].strip()).matches();
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return allowed;
            }
            if (name.equals("*")) {
                star = allowed;
            }
        }
        return Boolean.TRUE.equals(star);
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): a {@code W/} prefix does not prevent a match. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (var tag : ifNoneMatch.split(",")) {
            var candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}

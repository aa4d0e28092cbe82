package id.redaksi.web;

import id.redaksi.pagecache.CachingPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a client sends malformed, answered before anything of ours reads it. Parameters Tomcat cannot decode
 * ({@code %FF}, {@code %C0%AE}, {@code %E2%82}, {@code %zz}) are a 400 naming the parameter: Tomcat only finds out
 * when something first reads a parameter, and throws from inside whatever read it (a controller, the beacon), which
 * answered 500 in the API and logged an ERROR with a stack trace for every such request, a log flood anyone could
 * cause. A {@code Range} that does not parse is ignored, as RFC 9110 allows, rather than refused with a 416.
 */
@Component
@Order(MalformedRequests.ORDER)
class MalformedRequests extends OncePerRequestFilter {

    /** Before the beacon (-120) and the page cache (-110), which read parameters; after the encoding filter. */
    static final int ORDER = -130;

    /** The request attribute naming the parameter that could not be read, for the error page and the API. */
    static final String UNREADABLE_PARAMETER = MalformedRequests.class.getName() + ".unreadableParameter";

    private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasParameters(request) && !parametersReadable(request, response)) {
            return;
        }
        var range = request.getHeader(HttpHeaders.RANGE);
        chain.doFilter(range == null || parses(range) ? request : new WithoutRange(request), response);
    }

    /**
     * A query, or a form body, which Spring Security reads for its token anyway. Never a multipart body: reading
     * it here would move an upload's size limit out of the newsroom's hands.
     */
    private static boolean hasParameters(HttpServletRequest request) {
        var type = request.getContentType();
        return request.getQueryString() != null
                || (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"));
    }

    private static boolean parametersReadable(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException unreadable) {
            var name = QueryEscapes.firstUnreadable(request.getQueryString());
            log.debug(
                    "Refused {} {}: parameter {} cannot be read ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    name,
                    unreadable.getMessage());
            if (name != null) {
                request.setAttribute(UNREADABLE_PARAMETER, name);
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, CachingPolicy.PRIVATE);
            response.sendError(
                    unreadable instanceof InvalidParameterException tomcat
                            ? tomcat.getErrorCode()
                            : HttpServletResponse.SC_BAD_REQUEST);
            return false;
        }
    }

    private static boolean parses(String range) {
        try {
            HttpRange.parseRanges(range);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The request as if it came without its {@code Range} header. */
    private static final class WithoutRange extends HttpServletRequestWrapper {

        WithoutRange(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.RANGE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.RANGE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !HttpHeaders.RANGE.equalsIgnoreCase(name))
                    .toList());
        }
    }
}

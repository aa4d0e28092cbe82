package id.redaksi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in every log line written while answering it ({@code requestId} in the MDC: the plain
 * pattern's correlation part, a field of its own in JSON logs) and in the answer's {@code X-Request-Id}, so one
 * complaint leads to its lines on whichever node served it. The id a load balancer sends is kept, so its log and
 * ours share it; but only from a proxy Tomcat trusts (one whose forwarded headers it took) and only in a plain
 * shape, since anything else is a stranger writing into our logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";

    public static final String MDC_KEY = "requestId";

    /** Tomcat's RemoteIpValve sets this when it took the client's address from a trusted proxy's headers. */
    private static final String FORWARDED_BY_TRUSTED_PROXY = "org.apache.tomcat.request.forwarded";

    /** UUIDs, haproxy's and nginx's hex ids, and the like; no spaces, quotes or control characters. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var id = idOf(request);
        request.setAttribute(MDC_KEY, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** Also on the error dispatch that follows the request (the same id, kept in an attribute), for its lines. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The id of this request: the one already given, a trusted proxy's, or a new one. */
    public static String idOf(HttpServletRequest request) {
        if (request.getAttribute(MDC_KEY) instanceof String known) {
            return known;
        }
        var given = request.getHeader(HEADER);
        if (given != null
                && Boolean.TRUE.equals(request.getAttribute(FORWARDED_BY_TRUSTED_PROXY))
                && WELL_FORMED.matcher(given).matches()) {
            return given;
        }
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}

package id.redaksi.readership;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The hit beacon an article page sends once it is shown, with the article's id and the page's read token:
 * {@code POST /hit} from its script, {@code GET /hit.gif} from its noscript image. It answers every page view, so it is handled here, before the security filter chain
 * and the dispatcher: it needs neither (no session, nothing a forged request could change). The answer is the
 * same whether the hit counted or not, so it tells a robot nothing.
 */
@Component
@Order(-120)
class BeaconFilter extends OncePerRequestFilter {

    /** A transparent 1×1 GIF, the smallest image every browser shows. */
    static final byte[] PIXEL = HexFormat.of()
            .parseHex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b");

    private final Beacon beacon;

    BeaconFilter(Beacon beacon) {
        this.beacon = beacon;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI();
        return !(path.equals("/hit") && "POST".equals(request.getMethod()))
                && !(path.equals("/hit.gif") && ("GET".equals(request.getMethod()) || isHead(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // a HEAD (a link checker's) gets the GET's headers, and is nobody reading
        if (!isHead(request)) {
            beacon.received(request, request.getParameter("id"), request.getParameter("token"));
        }
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().equals("/hit")) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setContentType("image/gif");
        response.setContentLength(PIXEL.length);
        response.getOutputStream().write(PIXEL);
    }

    private static boolean isHead(HttpServletRequest request) {
        return "HEAD".equals(request.getMethod());
    }
}

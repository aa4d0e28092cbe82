package id.redaksi.readership;

import id.redaksi.RequestIds;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The hit beacon an article page sends once it is shown, with the article's id and the page's read token:
 * {@code POST /hit} from its script, {@code GET /hit.gif} from its noscript image. It answers every page view, so it
 * is answered in Tomcat's pipeline, before any servlet filter, the security chain and the dispatcher: it needs none
 * of them (no session, nothing a forged request could change), and as a filter their bookkeeping was two thirds of
 * a hit's time (JFR, {@code bench/README.md}). The answer is the same whether the hit counted or not, so it tells a
 * robot nothing. Parameters Tomcat cannot decode are a 400, as {@code MalformedRequests} answers anywhere else.
 */
final class BeaconValve extends ValveBase {

    /** A transparent 1×1 GIF, the smallest image every browser shows. */
    static final byte[] PIXEL = HexFormat.of()
            .parseHex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b");

    private final Beacon beacon;

    BeaconValve(Beacon beacon) {
        super(true);
        this.beacon = beacon;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        var path = request.getRequestURI();
        boolean hit = path.equals("/hit") && "POST".equals(request.getMethod());
        boolean pixel = path.equals("/hit.gif") && ("GET".equals(request.getMethod()) || isHead(request));
        if (!hit && !pixel) {
            getNext().invoke(request, response);
            return;
        }
        response.setHeader(RequestIds.HEADER, RequestIds.idOf(request));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // a HEAD (a link checker's) gets the GET's headers, and is nobody reading
        if (!isHead(request)) {
            String id;
            String token;
            try {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
                id = request.getParameter("id");
                token = request.getParameter("token");
            } catch (IllegalStateException unreadable) {
                response.sendError(
                        unreadable instanceof InvalidParameterException tomcat
                                ? tomcat.getErrorCode()
                                : HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            beacon.received(request, id, token);
        }
        if (hit) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setContentType("image/gif");
        response.setContentLength(PIXEL.length);
        response.getOutputStream().write(PIXEL);
    }

    private static boolean isHead(Request request) {
        return "HEAD".equals(request.getMethod());
    }

    /** Puts the valve in the Tomcat context. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        private final Beacon beacon;

        Installer(Beacon beacon) {
            this.beacon = beacon;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextValves(new BeaconValve(beacon));
        }
    }
}

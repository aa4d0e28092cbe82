package id.redaksi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised outside our controllers (no handler for the path, a failure in a filter) reach this page; under
 * {@code /api/} they are answered as JSON problem details instead.
 */
@Controller
class PublicErrorController implements ErrorController {

    private final ErrorPages errorPages;

    PublicErrorController(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var resolved = code instanceof Integer n ? HttpStatus.resolve(n) : null;
        var status = resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
        var unreadable =
                request.getAttribute(MalformedRequests.UNREADABLE_PARAMETER) instanceof String name ? name : null;
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith("/api/")) {
            return problem(status, uri, unreadable);
        }
        if (unreadable != null && status == HttpStatus.BAD_REQUEST) {
            return errorPages.refused(request, response, new BadRequest("error.unreadableParameter", unreadable));
        }
        var message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return errorPages.render(request, response, status, message instanceof String m ? m : null);
    }

    /**
     * Apps reading the JSON API get an RFC 9457 problem detail in the API's shape, not a page: this is the way of
     * an unknown path, a wrong method or a parameter Tomcat cannot decode ({@link MalformedRequests}) under
     * {@code /api/}, which no API controller sees.
     */
    private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String uri, String unreadable) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail(status, unreadable));
        body.put("instance", uri);
        if (unreadable != null) {
            body.put("errors", List.of(Map.of("field", unreadable, "message", "is not percent-encoded UTF-8")));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static String detail(HttpStatus status, String unreadable) {
        if (unreadable != null) {
            return "The request has invalid parameters: " + unreadable + ".";
        }
        return status == HttpStatus.NOT_FOUND
                ? "The API has no resource at this address."
                : status.getReasonPhrase() + ".";
    }
}

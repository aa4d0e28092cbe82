package id.redaksi.api;

import id.redaksi.DatabaseBreaker;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns whatever the API's controllers refuse into RFC 9457 problem details, so apps never parse an HTML page.
 * Errors before a controller is chosen (an unknown path, a wrong method) take the error page's way, which answers
 * {@code /api/} requests with the same shape.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<Problem> invalid(InvalidParameter e, HttpServletRequest request) {
        var detail = "The request has invalid parameters: "
                + String.join(
                        ", ", e.errors().stream().map(Problem.FieldError::field).toList()) + ".";
        return answer(Problem.of(HttpStatus.BAD_REQUEST, detail, request.getRequestURI())
                .withErrors(e.errors()));
    }

    @ExceptionHandler(ApiNotFound.class)
    ResponseEntity<Problem> notFound(ApiNotFound e, HttpServletRequest request) {
        return answer(Problem.of(HttpStatus.NOT_FOUND, e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(ApiGone.class)
    ResponseEntity<Problem> gone(ApiGone e, HttpServletRequest request) {
        return answer(Problem.of(HttpStatus.GONE, e.getMessage(), request.getRequestURI()));
    }

    /** The site resolver's 404 for a host of no site, and any other status a collaborator raises. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Problem> status(ResponseStatusException e, HttpServletRequest request) {
        var resolved = HttpStatus.resolve(e.getStatusCode().value());
        var status = resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
        var reason = e.getReason() == null ? "" : e.getReason();
        var detail = reason.startsWith("no site at ")
                ? "No site of the network answers at this host name."
                : status.getReasonPhrase() + ".";
        return answer(Problem.of(status, detail, request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> failed(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            return clientError(refused, request);
        }
        if (DatabaseBreaker.unreachable(e)) {
            return unavailable(e, request);
        }
        log.error("API request {} failed", request.getRequestURI(), e);
        return answer(Problem.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be answered; try again later.",
                request.getRequestURI()));
    }

    /**
     * What Spring MVC refuses in the request itself (an {@code Accept} that no answer of ours suits: 406): the
     * client's mistake, answered with its status and, since anyone can send it, logged only for debugging.
     */
    private static ResponseEntity<Problem> clientError(ErrorResponse refused, HttpServletRequest request) {
        var resolved = HttpStatus.resolve(refused.getStatusCode().value());
        var status = resolved == null ? HttpStatus.BAD_REQUEST : resolved;
        log.debug(
                "API request {} refused: {}",
                request.getRequestURI(),
                refused.getBody().getDetail());
        return answer(Problem.of(status, status.getReasonPhrase() + ".", request.getRequestURI()));
    }

    /**
     * The database is out of reach: nothing wrong with the request, and it will work again. Never stored by anyone,
     * so the answer after the database is back is the real one.
     */
    private static ResponseEntity<Problem> unavailable(Exception e, HttpServletRequest request) {
        log.warn("API request {} found the database unavailable: {}", request.getRequestURI(), e.toString());
        var problem = Problem.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The database is unavailable; try again in " + RETRY_AFTER_SECONDS + " seconds.",
                request.getRequestURI());
        return ResponseEntity.status(problem.status())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .contentType(PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Problem> answer(Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(PROBLEM_JSON).body(problem);
    }
}

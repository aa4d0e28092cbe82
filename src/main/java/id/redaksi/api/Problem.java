package id.redaksi.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem detail. The type is {@code about:blank} throughout: the status says what went wrong, the
 * title is its reason phrase, and the detail and field errors say what to change.
 *
 * @param errors one per bad request parameter; absent for other problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    static Problem of(HttpStatus status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.value(), detail, instance, null);
    }

    Problem withErrors(List<FieldError> errors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(errors));
    }

    /** A request parameter and what is wrong with it. */
    record FieldError(String field, String message) {}
}

package id.redaksi.newsroom;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A draft naming something the story's site does not have (another site's picture, rubric, topic or person), or more
 * than a story may carry: a 400 that names the form field, so the editor page can show it there.
 */
public class DraftRefused extends ResponseStatusException {

    private final String field;

    public DraftRefused(String field, String message) {
        super(HttpStatus.BAD_REQUEST, message);
        this.field = field;
    }

    /** The editor form's field that holds the value. */
    public String field() {
        return field;
    }
}

package id.redaksi.newsroom;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A curation the site cannot take (a story that is not its published one, an end in the past): a 400 naming it. */
public class CurationRefused extends ResponseStatusException {

    private final String field;

    public CurationRefused(String field, String message) {
        super(HttpStatus.BAD_REQUEST, message);
        this.field = field;
    }

    /** The curation form's field that holds the value. */
    public String field() {
        return field;
    }
}

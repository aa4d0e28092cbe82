package id.redaksi.newsroom;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A note to a story's thread that is empty or too long: a 400 naming what to write. */
public class NoteRefused extends ResponseStatusException {

    public NoteRefused(String message) {
        super(HttpStatus.BAD_REQUEST, message);
    }
}

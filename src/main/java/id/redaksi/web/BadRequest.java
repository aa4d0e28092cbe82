package id.redaksi.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The address carries a value a page cannot use; the message says which, in the reader's language. */
class BadRequest extends ResponseStatusException {

    BadRequest(String message) {
        super(HttpStatus.BAD_REQUEST, message);
    }
}

package id.redaksi.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Nothing a reader can see lives at this address on this site. */
class NotFound extends ResponseStatusException {

    NotFound(String what) {
        super(HttpStatus.NOT_FOUND, what);
    }
}

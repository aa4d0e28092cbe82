package id.redaksi.newsroom;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No assignment with this id on the site. */
public class AssignmentNotFound extends ResponseStatusException {

    public AssignmentNotFound(long id) {
        super(HttpStatus.NOT_FOUND, "assignment " + id);
    }
}

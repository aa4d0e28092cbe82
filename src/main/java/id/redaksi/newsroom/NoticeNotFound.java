package id.redaksi.newsroom;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No notice with this id on this story. */
public class NoticeNotFound extends ResponseStatusException {

    NoticeNotFound(long id) {
        super(HttpStatus.NOT_FOUND, "notice " + id);
    }
}

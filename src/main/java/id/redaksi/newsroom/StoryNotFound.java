package id.redaksi.newsroom;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No story with this id on this site. */
public class StoryNotFound extends ResponseStatusException {

    public StoryNotFound(long id) {
        super(HttpStatus.NOT_FOUND, "story " + id);
    }
}

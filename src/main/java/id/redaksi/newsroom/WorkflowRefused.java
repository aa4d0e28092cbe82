package id.redaksi.newsroom;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A workflow step the story's current state does not allow; the message names the state. */
public class WorkflowRefused extends ResponseStatusException {

    public WorkflowRefused(String message) {
        super(HttpStatus.CONFLICT, message);
    }
}

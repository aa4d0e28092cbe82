package id.redaksi.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The actor's role does not allow this action on this site: a 403, never a silent no-op. */
public class NotAllowed extends ResponseStatusException {

    public NotAllowed(String reason) {
        super(HttpStatus.FORBIDDEN, reason);
    }
}

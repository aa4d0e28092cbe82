package id.redaksi.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No site of the network answers to this host name. */
class SiteNotFound extends ResponseStatusException {

    SiteNotFound(String host) {
        super(HttpStatus.NOT_FOUND, "no site at " + host);
    }
}

package id.redaksi.web;

import id.redaksi.site.PublicWords;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The address carries a value a page cannot use; the message says which, in the language of the site the reader
 * came to (the reason, for logs, is the Indonesian one).
 */
class BadRequest extends ResponseStatusException {

    private final String key;
    private final List<Object> arguments;

    /** @param key the message in the public language bundle; with arguments it is a MessageFormat pattern */
    BadRequest(String key, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, PublicWords.of("id", key, arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    String message(String language) {
        return PublicWords.of(language, key, arguments.toArray());
    }
}

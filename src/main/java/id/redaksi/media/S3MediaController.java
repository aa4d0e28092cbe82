package id.redaksi.media;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves media from the bucket under {@code /media/}, as {@link MediaWebConfiguration} does from a directory: streamed
 * (a picture is never held whole in memory), cached for a year, 304 for a current copy, 404 for a key the bucket
 * lacks, and 503 while the store cannot be reached, so a CDN in front keeps its copy and tries again.
 */
@ConditionalOnProperty(name = "redaksi.media.storage", havingValue = "s3")
@Controller
class S3MediaController {

    private static final Logger log = LoggerFactory.getLogger(S3MediaController.class);

    /** The keys {@link MediaLibrary} makes: a site id, a UUID, a width and an extension. */
    private static final Pattern KEY = Pattern.compile("[0-9]+/[0-9A-Za-z._-]+");

    private static final String NOT_KEPT = "private, no-store";

    private final S3Storage storage;

    S3MediaController(S3Storage storage) {
        this.storage = storage;
    }

    @GetMapping(MediaLibrary.PATH + "**")
    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var key = request.getRequestURI().substring(MediaLibrary.PATH.length());
        if (!KEY.matcher(key).matches()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<MediaObject> found;
        try {
            found = storage.open(key, request.getHeader(HttpHeaders.IF_NONE_MATCH));
        } catch (IOException e) {
            // one line per failed read, not a stack trace: an outage would otherwise bury the log
            log.warn("media store failed serving {}: {}", key, String.valueOf(e.getCause()));
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (found.isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (var object = found.get()) {
            write(object, response);
        }
    }

    /**
     * An error nobody keeps, as the pages answer a database outage; a 404 too: while copy-media-to-s3 runs, a key
     * missing now is there minutes later.
     */
    private static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, NOT_KEPT);
        response.sendError(status);
    }

    private static void write(MediaObject object, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, S3Storage.CACHING);
        response.setHeader(HttpHeaders.ETAG, object.etag());
        if (!object.isModified()) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(object.contentType());
        response.setContentLengthLong(object.length());
        object.body().transferTo(response.getOutputStream());
    }
}

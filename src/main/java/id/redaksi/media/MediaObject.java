package id.redaksi.media;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stored file as it is read for a reader: its bytes to stream, never held whole.
 *
 * @param body the bytes; none when the reader's copy (named by its ETag) is current
 */
record MediaObject(String etag, String contentType, long length, InputStream body) implements AutoCloseable {

    static MediaObject notModified(String etag) {
        return new MediaObject(etag, null, 0, null);
    }

    boolean isModified() {
        return body != null;
    }

    @Override
    public void close() throws IOException {
        if (body != null) {
            body.close();
        }
    }
}

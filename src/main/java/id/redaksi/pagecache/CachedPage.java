package id.redaksi.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page as bytes, compressed once when it is stored so that no reader's request pays for gzip again.
 * The two encodings are two representations and get two strong ETags, as RFC 9110 asks.
 *
 * @param storedAt {@link System#nanoTime()} when it was rendered
 */
record CachedPage(
        byte[] identity,
        byte[] gzip,
        String etag,
        String gzipEtag,
        String contentType,
        long storedAt,
        List<Header> headers) {

    /** A header the render set that every copy must carry too, such as the security headers. */
    record Header(String name, String value) {}

    static CachedPage of(byte[] body, String contentType, long now) {
        return of(body, contentType, now, List.of());
    }

    static CachedPage of(byte[] body, String contentType, long now, List<Header> headers) {
        var etag = etag(body);
        var gzipEtag = etag.substring(0, etag.length() - 1) + "-gzip\"";
        return new CachedPage(body, gzip(body), etag, gzipEtag, contentType, now, List.copyOf(headers));
    }

    String etag(boolean gzipped) {
        return gzipped ? gzipEtag : etag;
    }

    byte[] body(boolean gzipped) {
        return gzipped ? gzip : identity;
    }

    int weight() {
        int headerBytes = headers.stream()
                .mapToInt(h -> h.name().length() + h.value().length())
                .sum();
        return 128 + identity.length + gzip.length + 2 * (etag.length() + contentType.length() + headerBytes);
    }

    /** The same strong ETag the policy gave public pages before they were kept in memory. */
    static String etag(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }
}

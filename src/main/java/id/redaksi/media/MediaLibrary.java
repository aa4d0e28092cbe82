package id.redaksi.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pictures of each site: stored bytes plus what pages need to show them without layout shift. */
@Repository
public class MediaLibrary {

    private final JdbcClient jdbc;
    private final MediaStorage storage;

    MediaLibrary(JdbcClient jdbc, MediaStorage storage) {
        this.jdbc = jdbc;
        this.storage = storage;
    }

    /** Stores an image that is already known to be valid and returns its id. */
    public long store(long siteId, byte[] bytes, String contentType, int width, int height, String alt) {
        var key = "%d/%s.%s".formatted(siteId, UUID.randomUUID(), extension(contentType));
        try {
            storage.put(key, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store media " + key, e);
        }
        return jdbc.sql("""
                        insert into media (site_id, storage_key, content_type, width, height, byte_size, alt_text)
                        values (:site, :key, :type, :width, :height, :size, :alt) returning id
                        """)
                .param("site", siteId)
                .param("key", key)
                .param("type", contentType)
                .param("width", width)
                .param("height", height)
                .param("size", bytes.length)
                .param("alt", alt)
                .query(Long.class)
                .single();
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            default -> throw new IllegalArgumentException("not an image type we keep: " + contentType);
        };
    }
}

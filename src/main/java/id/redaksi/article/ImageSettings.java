package id.redaksi.article;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where pages send readers for a stored picture. The media module keeps the files; how a page addresses them is
 * read here, from the same {@code redaksi.media} settings, so that articles need nothing of media.
 *
 * @param publicBaseUrl a CDN's address for what this node serves under {@code /media/} (for example
 *     {@code https://cdn.example.id/media/}); empty for the node's own {@code /media/}
 */
@ConfigurationProperties("redaksi.media")
public record ImageSettings(@DefaultValue("") String publicBaseUrl) {

    private static final String THROUGH_THE_NODE = "/media/";

    public ImageSettings {
        var base = publicBaseUrl.strip();
        if (!base.isEmpty() && !base.startsWith("https://") && !base.startsWith("http://")) {
            throw new IllegalArgumentException(
                    "redaksi.media.public-base-url must be an http(s) address, or empty: " + publicBaseUrl);
        }
        publicBaseUrl = base.isEmpty() || base.endsWith("/") ? base : base + "/";
    }

    /** The address a reader fetches the file kept under this storage key at. */
    public String address(String key) {
        return (publicBaseUrl.isEmpty() ? THROUGH_THE_NODE : publicBaseUrl) + key;
    }
}

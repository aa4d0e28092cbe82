package id.redaksi.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where pages send readers for a stored picture: through the node under {@code /media/}, or to a CDN. Every
 * address a reader gets for a picture (pages, cards, feeds, the API) is made here.
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

    /**
     * The picture a row holding the {@code media_image} view's columns shows, addressed for readers; null where the
     * row has none. The view addresses pictures under {@code /media/}, as the node serves them.
     */
    public Image image(ResultSet rs) throws SQLException {
        var path = rs.getString("image_path");
        if (path == null) {
            return null;
        }
        return image(
                path,
                rs.getInt("image_width"),
                rs.getInt("image_height"),
                rs.getString("image_alt"),
                rs.getString("image_srcset"),
                rs.getString("image_share_path"));
    }

    /** The same from the {@code media_image} view's columns read another way (a JSON aggregate of several). */
    public Image image(String path, int width, int height, String alt, String srcset, String sharePath) {
        return new Image(
                forReaders(path),
                width,
                height,
                alt,
                srcsetForReaders(srcset),
                forReaders(sharePath == null ? path : sharePath));
    }

    private String forReaders(String nodePath) {
        return publicBaseUrl.isEmpty() ? nodePath : publicBaseUrl + nodePath.substring(THROUGH_THE_NODE.length());
    }

    private String srcsetForReaders(String srcset) {
        if (publicBaseUrl.isEmpty() || srcset.isEmpty()) {
            return srcset;
        }
        return Arrays.stream(srcset.split(", "))
                .map(candidate -> forReaders(candidate))
                .collect(Collectors.joining(", "));
    }
}

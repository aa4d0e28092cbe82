package id.redaksi.media;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A stored picture as a page shows it: a row of the {@code media_image} view, which is how other modules read
 * pictures in their own queries.
 *
 * @param path the address of the original, under {@code /media/}
 * @param srcset the renditions and the original as an HTML {@code srcset}; empty when there are no renditions
 */
public record Image(String path, int width, int height, String alt, String srcset) {

    /** The picture a row holding the {@code media_image} view's columns shows, or null where it has none. */
    public static Image of(ResultSet rs) throws SQLException {
        var path = rs.getString("image_path");
        return path == null
                ? null
                : new Image(
                        path,
                        rs.getInt("image_width"),
                        rs.getInt("image_height"),
                        rs.getString("image_alt"),
                        rs.getString("image_srcset"));
    }

    public boolean hasSrcset() {
        return !srcset.isEmpty();
    }
}

package id.redaksi.media;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A picture in a site's library.
 *
 * @param path the address of the original, under {@code /media/}
 * @param renditions smaller copies, narrowest first; none for pictures narrower than the smallest rendition
 */
public record StoredMedia(long id, String path, int width, int height, String alt, List<Rendition> renditions) {

    public StoredMedia {
        renditions = List.copyOf(renditions);
    }

    /** A copy of the picture at a smaller width, with the same aspect ratio. */
    public record Rendition(int width, int height, String path) {}

    /** The renditions and the original as an HTML {@code srcset}; empty when there is nothing to choose from. */
    public String srcset() {
        if (renditions.isEmpty()) {
            return "";
        }
        return renditions.stream().map(r -> r.path() + " " + r.width() + "w").collect(Collectors.joining(", ")) + ", "
                + path + " " + width + "w";
    }
}

package id.redaksi.article;

/**
 * A stored picture as a page shows it.
 *
 * @param path where readers fetch the original: under {@code /media/}, or at a CDN ({@link ImageSettings})
 * @param srcset the renditions and the original as an HTML {@code srcset}; empty when there are no renditions
 */
public record Image(String path, int width, int height, String alt, String srcset) {

    public boolean hasSrcset() {
        return !srcset.isEmpty();
    }
}

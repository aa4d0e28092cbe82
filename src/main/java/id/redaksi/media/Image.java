package id.redaksi.media;

/**
 * A stored picture as a page shows it: a row of the {@code media_image} view, which is how other modules read
 * pictures in their own queries, read by {@link ImageSettings#image}.
 *
 * @param path where readers fetch the original: under {@code /media/}, or at a CDN ({@link ImageSettings})
 * @param srcset the renditions and the original as an HTML {@code srcset}; empty when there are no renditions
 * @param sharePath what share previews show (WhatsApp's needs 300 px or more and 600 KB or less), addressed like
 *     {@code path}
 */
public record Image(String path, int width, int height, String alt, String srcset, String sharePath) {

    public boolean hasSrcset() {
        return !srcset.isEmpty();
    }
}

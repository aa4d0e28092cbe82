package id.redaksi.media;

/**
 * A picture as the editor's picker offers it.
 *
 * @param caption the caption last saved with it in a story, offered again when it is chosen
 * @param credit the photo credit last saved with it
 * @param name the file name it was uploaded under, to find it by
 */
public record PickableMedia(StoredMedia media, String caption, String credit, String name) {

    /** The smallest copy there is, for a thumbnail. */
    public String thumbnail() {
        return media.renditions().isEmpty()
                ? media.path()
                : media.renditions().getFirst().path();
    }
}

package id.redaksi.article;

/**
 * One picture of a photo story, as the draft names it: a picture of the site's media library with its own caption
 * and credit. The story's list of them keeps their order.
 */
public record GalleryPicture(long imageId, String caption, String credit) {

    public GalleryPicture {
        caption = caption == null ? "" : caption.strip();
        credit = credit == null ? "" : credit.strip();
    }
}

package id.redaksi.article;

import id.redaksi.media.Image;

/** One picture of a photo story as its page shows it: the picture {@link GalleryPicture} names, resolved. */
public record GalleryImage(Image image, String caption, String credit) {}

package id.redaksi.article;

/**
 * A stored picture as a page shows it.
 *
 * @param path the address of the original, under {@code /media/}
 */
public record Image(String path, int width, int height, String alt) {}

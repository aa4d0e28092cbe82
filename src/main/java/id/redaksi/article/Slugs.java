package id.redaksi.article;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a headline or a name into the part of a URL that names it: lowercase ASCII words joined by hyphens. */
public final class Slugs {

    static final int MAX_LENGTH = 80;

    /** What a story without a headline yet is called in its address. */
    static final String UNTITLED = "berita";

    private Slugs() {}

    public static String of(String text) {
        var ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            return UNTITLED;
        }
        return shorten(slug);
    }

    /** Cuts a long slug after a whole word, so that a link never ends in half a word. */
    private static String shorten(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
    }
}

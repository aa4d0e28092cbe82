package id.redaksi.newsroom;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from headlines: lowercase ASCII words joined by hyphens, short enough for a link. */
public final class Slugs {

    static final int MAX = 80;

    private Slugs() {}

    public static String of(String text) {
        var ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX);
            int cut = slug.lastIndexOf('-');
            slug = cut > MAX / 2 ? slug.substring(0, cut) : slug;
        }
        return slug.isEmpty() ? "berita" : slug;
    }
}

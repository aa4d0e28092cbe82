package id.redaksi.newsroom.desk;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** A name found by the start of its words, whatever the case and accents: "ren" and "rÉna" find "Réna Wulandari". */
final class NameMatch {

    private NameMatch() {}

    /** Whether every word typed starts a word of the name; nothing typed matches every name. */
    static boolean matches(String name, String typed) {
        var words = Arrays.asList(plain(name).split("[^\\p{Alnum}]+"));
        return Arrays.stream(plain(typed).split("[^\\p{Alnum}]+"))
                .filter(word -> !word.isEmpty())
                .allMatch(word -> words.stream().anyMatch(w -> w.startsWith(word)));
    }

    private static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}

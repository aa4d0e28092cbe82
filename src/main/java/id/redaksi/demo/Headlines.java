package id.redaksi.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Capitalises text the way Indonesian news sites write headlines and sentences. */
final class Headlines {

    /** Words a headline keeps in lowercase unless they open it. */
    private static final Set<String> SMALL_WORDS = Set.of(
            "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "atau", "dalam", "atas", "oleh", "bagi",
            "tentang", "per", "sebagai");

    private Headlines() {}

    /** {@code harga cabai rawit di pasar besar naik} becomes {@code Harga Cabai Rawit di Pasar Besar Naik}. */
    static String titleCase(String text) {
        var words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            var lower = words[i].toLowerCase(Locale.ROOT);
            words[i] = i > 0 && SMALL_WORDS.contains(lower) ? lower : capitalizeParts(words[i]);
        }
        return String.join(" ", words);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Each part of a reduplicated word is capitalised, as in {@code Luka-Luka}. */
    private static String capitalizeParts(String word) {
        return Arrays.stream(word.split("-", -1)).map(Headlines::capitalize).collect(Collectors.joining("-"));
    }
}

package id.redaksi.demo;

import id.redaksi.demo.TextBank.Scope;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one article. A slot keeps the first word chosen for it for the whole article, so that the
 * headline, the lead and every paragraph speak of the same market, the same official and the same number.
 */
final class Phrases {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)(?::(\\d+)-(\\d+))?(?:#\\d+)?}");
    private static final List<String> DAYS = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final String INITIALS = "ABDEFHIJKMNRSTWY";
    private static final int ATTEMPTS = 10;

    private final Scope scope;
    private final Random random;
    private final LocalDate day;
    private final Map<String, String> chosen = new HashMap<>();
    private final Map<String, Set<String>> taken = new HashMap<>();
    private final Map<String, Deque<String>> decks = new HashMap<>();

    /**
     * @param day the article's date in its site's zone, for {@code {hari_ini}} and {@code {tahun}}
     * @param fixed words known beforehand, by slot name, such as {@code nama_situs}
     */
    Phrases(Scope scope, Random random, LocalDate day, Map<String, String> fixed) {
        this.scope = scope;
        this.random = random;
        this.day = day;
        fixed.forEach((name, value) -> chosen.put("{" + name + "}", value));
    }

    Random random() {
        return random;
    }

    boolean has(String key) {
        return !scope.values(key).isEmpty();
    }

    /** A template of the list that this article has not used yet, filled in; empty once all are used. */
    Optional<String> next(String key) {
        return nextTemplate(key).map(this::fill);
    }

    private Optional<String> nextTemplate(String key) {
        var deck = decks.computeIfAbsent(key, this::shuffled);
        return Optional.ofNullable(deck.poll());
    }

    /** Lets the list's templates be used again, for an article longer than the list. */
    void reuse(String key) {
        decks.remove(key);
    }

    /** Any template of the list, not filled in. */
    String anyTemplate(String key) {
        var values = words(key);
        return values.get(random.nextInt(values.size()));
    }

    /** Every template of the list in file order, filled in. */
    List<String> all(String key) {
        return scope.values(key).stream().map(this::fill).toList();
    }

    String fill(String template) {
        return SLOT.matcher(template).replaceAll(slot -> Matcher.quoteReplacement(resolve(slot)));
    }

    String personName() {
        String name;
        int attempts = 0;
        do {
            boolean woman = random.nextBoolean();
            name = anyTemplate(woman ? "depan_wanita" : "depan_pria") + " "
                    + anyTemplate(woman ? "belakang_wanita" : "belakang_pria");
        } while (!taken.computeIfAbsent("@nama", k -> new HashSet<>()).add(name) && ++attempts < ATTEMPTS);
        return name;
    }

    private String resolve(MatchResult slot) {
        var known = chosen.get(slot.group());
        if (known != null) {
            return known;
        }
        var name = slot.group(1);
        var value = switch (name) {
            case "hari_ini" -> dayLabel(day);
            case "kemarin" -> dayLabel(day.minusDays(1));
            case "tahun" -> String.valueOf(day.getYear());
            case "angka" -> distinct(slot.group(), () -> number(slot));
            default -> distinct(name, () -> expand(anyTemplate(name)));
        };
        chosen.put(slot.group(), value);
        return value;
    }

    /** Draws until the word differs from the others this article took from the same list, if it can. */
    private String distinct(String list, Supplier<String> draw) {
        var used = taken.computeIfAbsent(list.replaceAll("#\\d+", ""), k -> new HashSet<>());
        String value = draw.get();
        for (int attempt = 1; attempt < ATTEMPTS && used.contains(value); attempt++) {
            value = draw.get();
        }
        used.add(value);
        return value;
    }

    private String expand(String template) {
        return switch (template) {
            case "@nama" -> personName();
            case "@inisial" ->
                "" + INITIALS.charAt(random.nextInt(INITIALS.length()))
                        + INITIALS.charAt(random.nextInt(INITIALS.length()));
            default -> fill(template);
        };
    }

    private String number(MatchResult slot) {
        if (slot.group(2) == null) {
            throw new IllegalStateException("{angka} needs a range, such as {angka:10-40}");
        }
        int from = Integer.parseInt(slot.group(2));
        int to = Integer.parseInt(slot.group(3));
        return String.format(INDONESIAN, "%,d", from + random.nextInt(to - from + 1));
    }

    private List<String> words(String key) {
        var values = scope.values(key);
        if (values.isEmpty()) {
            throw new IllegalStateException("no words for {" + key + "} in " + TextBank.RESOURCE);
        }
        return values;
    }

    private Deque<String> shuffled(String key) {
        var copy = new ArrayList<>(scope.values(key));
        Collections.shuffle(copy, random);
        return new ArrayDeque<>(copy);
    }

    /** As Indonesian news gives a day: {@code Senin (4/8/2025)}. */
    static String dayLabel(LocalDate date) {
        return "%s (%d/%d/%d)"
                .formatted(
                        DAYS.get(date.getDayOfWeek().getValue() - 1),
                        date.getDayOfMonth(),
                        date.getMonthValue(),
                        date.getYear());
    }
}

package id.redaksi.wordpress;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the old site's permalink structures in WordPress's own tags ({@code /berita/%post_id%-%postname%.html}),
 * which gives a post the address it had under that structure. The export names only the current permalink; an
 * outlet that changed its structure over the years still has links of the older ones out there.
 */
record Permalink(String pattern) {

    private static final Pattern TAG = Pattern.compile("%([a-z_]+)%");
    private static final Set<String> TAGS =
            Set.of("year", "monthnum", "day", "hour", "minute", "second", "postname", "post_id", "category");
    private static final DateTimeFormatter WP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** WordPress's default category, which a post of none is filed under. */
    private static final String UNCATEGORIZED = "uncategorized";

    /** @throws IllegalArgumentException for a tag WordPress does not know here, or a pattern that names no post */
    static Permalink of(String pattern) {
        var tags = TAG.matcher(pattern);
        boolean namesThePost = false;
        while (tags.find()) {
            if (!TAGS.contains(tags.group(1))) {
                throw new IllegalArgumentException("--permalink knows %year%, %monthnum%, %day%, %hour%, %minute%, "
                        + "%second%, %postname%, %post_id% and %category%, not " + tags.group());
            }
            namesThePost |= tags.group(1).equals("postname") || tags.group(1).equals("post_id");
        }
        if (!namesThePost) {
            throw new IllegalArgumentException(
                    "--permalink must name the post: %postname% or %post_id%, in '" + pattern + "'");
        }
        return new Permalink(pattern);
    }

    /**
     * The post's addresses under this structure, in the form {@code OldLinks} looks them up (decoded, lower case, no
     * trailing slash): one per category when it names the category, since which one WordPress chose is not in the
     * export; none when the post lacks what the structure needs (a draft has no name, a date may be unreadable).
     */
    List<String> addresses(WxrItem post) {
        var name = PostConversion.decoded(post.name());
        if (pattern.contains("%postname%") && name.isBlank()) {
            return List.of();
        }
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(post.date(), WP_TIME);
        } catch (DateTimeParseException e) {
            at = null;
        }
        if (at == null && TAG.matcher(pattern).results().anyMatch(t -> isTime(t.group(1)))) {
            return List.of();
        }
        var categories = post.terms("category").stream()
                .map(c -> PostConversion.decoded(c.nicename()))
                .filter(c -> !c.isBlank())
                .toList();
        var addresses = new ArrayList<String>();
        for (var category : categories.isEmpty() ? List.of(UNCATEGORIZED) : categories) {
            var when = at;
            var path = TAG.matcher(pattern)
                    .replaceAll(tag -> Matcher.quoteReplacement(
                            switch (tag.group(1)) {
                                case "year" -> "%04d".formatted(when.getYear());
                                case "monthnum" -> "%02d".formatted(when.getMonthValue());
                                case "day" -> "%02d".formatted(when.getDayOfMonth());
                                case "hour" -> "%02d".formatted(when.getHour());
                                case "minute" -> "%02d".formatted(when.getMinute());
                                case "second" -> "%02d".formatted(when.getSecond());
                                case "postname" -> name;
                                case "post_id" -> Long.toString(post.id());
                                default -> category;
                            }));
            var address =
                    ("/" + path).replaceAll("/{2,}", "/").replaceAll("/+$", "").toLowerCase(Locale.ROOT);
            if (!addresses.contains(address)) {
                addresses.add(address);
            }
            if (!pattern.contains("%category%")) {
                break;
            }
        }
        return addresses;
    }

    private static boolean isTime(String tag) {
        return Set.of("year", "monthnum", "day", "hour", "minute", "second").contains(tag);
    }
}

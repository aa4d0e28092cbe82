package id.redaksi.newsroom;

import id.redaksi.article.Slugs;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The topics a form names, and which of them its user chose, explicitly, to make: a name the site has no topic of
 * and that is not among {@code toMake} is refused, so a typo never becomes a near-duplicate topic page.
 *
 * @param names the topics in the order given
 * @param toMake the names the user chose "Buat topik baru" for
 */
public record NamedTopics(List<String> names, List<String> toMake) {

    /** The longest name a topic may have. */
    public static final int MAX_NAME = 80;

    public NamedTopics {
        names = List.copyOf(names);
        toMake = List.copyOf(toMake);
    }

    boolean mayMake(String slug) {
        return slugs().contains(slug);
    }

    private Set<String> slugs() {
        return toMake.stream().map(name -> Slugs.of(name.strip())).collect(Collectors.toSet());
    }
}

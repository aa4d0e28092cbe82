package id.redaksi.wordpress;

import id.redaksi.article.OldAddresses;
import id.redaksi.article.People;
import id.redaksi.article.Slugs;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The people behind a site's WordPress logins: one person per login (or Co-Authors Plus guest author), made the
 * first time the login is met, named by the display name the export gives, and found again on every later run.
 * Their author archive ({@code /author/login/}) then leads to their page here.
 */
@Component
class WordPressPeople {

    private final People people;
    private final ImportedAuthors authors;
    private final OldAddresses oldAddresses;

    WordPressPeople(People people, ImportedAuthors authors, OldAddresses oldAddresses) {
        this.people = people;
        this.authors = authors;
        this.oldAddresses = oldAddresses;
    }

    /** One import's view: the names the export gives its logins, and the people already found. */
    final class Cast {

        private final long siteId;
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, Long> found = new HashMap<>();

        Cast(long siteId) {
            this.siteId = siteId;
        }

        void name(String login, String displayName) {
            if (!login.isBlank() && !displayName.isBlank()) {
                names.put(login.toLowerCase(Locale.ROOT), displayName);
            }
        }

        /** The person for a login, made now if need be; {@code fallbackName} when the export names no one. */
        long person(String login, String fallbackName) {
            var key = login.toLowerCase(Locale.ROOT);
            var known = found.get(key);
            if (known != null) {
                return known;
            }
            long id = authors.person(siteId, key).orElseGet(() -> create(key, fallbackName));
            found.put(key, id);
            return id;
        }

        /** The person a custom field names, by login or by display name, if the export knows them. */
        Optional<Long> named(String loginOrName) {
            var value = loginOrName.strip();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            var key = value.toLowerCase(Locale.ROOT);
            if (names.containsKey(key)) {
                return Optional.of(person(key, value));
            }
            return names.entrySet().stream()
                    .filter(e -> e.getValue().equalsIgnoreCase(value))
                    .findFirst()
                    .map(e -> person(e.getKey(), e.getValue()));
        }

        /** Forgets the people found, after a post's transaction that may have made some was rolled back. */
        void forget() {
            found.clear();
        }

        private long create(String login, String fallbackName) {
            var name = names.getOrDefault(login, fallbackName == null || fallbackName.isBlank() ? login : fallbackName);
            var base = Slugs.of(name);
            var slug = base;
            for (int n = 2; people.slugTaken(slug); n++) {
                slug = base + "-" + n;
            }
            var person = people.create(slug, name, "");
            authors.save(siteId, login, person.id());
            oldAddresses.rememberPage(siteId, "/author/" + login, "/penulis/" + person.slug());
            return person.id();
        }
    }

    Cast cast(long siteId) {
        return new Cast(siteId);
    }
}

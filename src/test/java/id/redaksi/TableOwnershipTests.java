package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module; the others ask it (ids in, cards out) or read a view it publishes
 * ({@code searchable_article}, {@code published_article}, {@code media_image}). A query naming another module's
 * table in its from or join is a new coupling through the schema, which {@code ModularityTests} cannot see.
 */
class TableOwnershipTests {

    private static final Path SOURCES = Path.of("src/main/java/id/redaksi");

    /** The tables of a module that other modules do not read, by their owner. */
    private static final Map<String, Pattern> OWNED = Map.of(
            "article",
                    Pattern.compile(
                            "(?i)\\b(from|join)\\s+(article|article_writer|article_topic|article_notice|article_gallery"
                                    + "|article_withdrawal|person|topic|live_report|live_update|old_address)\\b(?!_)"),
            "media", Pattern.compile("(?i)\\b(from|join)\\s+(media|media_rendition)\\b(?!_)"),
            "site",
                    Pattern.compile(
                            "(?i)\\b(from|join)\\s+(site|site_host|site_profile|site_page|rubric|site_ads|site_ad_slot)\\b(?!_)"),
            "wordpress",
                    Pattern.compile(
                            "(?i)\\b(from|join)\\s+(wordpress_post|wordpress_author|wordpress_attachment|wordpress_page)\\b"));

    /**
     * Left as they are: feeds and sitemaps stream their rows as they write them and digest their scope's edit times
     * on each scope's own index, reading writers, pictures' byte sizes and the per-topic and per-person newest
     * dates; a published query for each would move the feed's own types into the article module.
     */
    private static final Set<String> LEFT = Set.of("feeds/FeedArticles.java", "feeds/SitemapArticles.java");

    @Test
    void noModuleQueriesAnotherModulesTables() {
        var offenders = sources()
                .filter(file -> !LEFT.contains(name(file)))
                .flatMap(file -> OWNED.entrySet().stream()
                        .filter(owned -> !name(file).startsWith(owned.getKey() + "/"))
                        .filter(owned -> owned.getValue().matcher(read(file)).find())
                        .map(owned -> name(file) + " reads a table of " + owned.getKey()))
                .toList();

        assertThat(offenders).isEmpty();
    }

    private static Stream<Path> sources() {
        try (var files = Files.walk(SOURCES)) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
            return java.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return SOURCES.relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

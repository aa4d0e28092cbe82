package id.redaksi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.article.BodySanitizer;
import id.redaksi.demo.TextBank.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleWriterTests {

    private static final TextBank BANK = TextBank.load();
    private static final LocalDate DAY = LocalDate.of(2025, 8, 4);

    /** Attributions are only used with quotes, so a story without quotes need not name a speaker. */
    @Test
    void everyTemplateOfTheDemoFileFillsInForEverySite() {
        var filled = new ArrayList<String>();
        for (var site : DemoSites.NETWORK) {
            for (var rubric : DemoSites.RUBRICS) {
                for (var story : BANK.stories(rubric.slug())) {
                    var scope = Scope.of(story, BANK.site(site.slug()), BANK.common());
                    scope.sections().stream()
                            .flatMap(section -> section.entries().keySet().stream())
                            .distinct()
                            .filter(key -> !key.startsWith("atribusi")
                                    || scope.values("kutipan").size() > 0)
                            .flatMap(key -> scope.values(key).stream())
                            .map(template -> template.replace("{kutipan}", "Kutipan"))
                            .forEach(template -> filled.add(phrases(scope, 1).fill(template)));
                }
            }
        }

        assertThat(filled).hasSizeGreaterThan(10_000).noneMatch(text -> text.contains("{") || text.contains("}"));
    }

    @Test
    void paragraphCountsAreVeryShortShortAndMostlyLong() {
        var random = new Random(42);
        var counts = IntStream.range(0, 1000)
                .map(i -> ArticleWriter.paragraphCount(random))
                .toArray();

        assertThat(IntStream.of(counts).min().orElseThrow()).isEqualTo(2);
        assertThat(IntStream.of(counts).max().orElseThrow()).isEqualTo(16);
        assertThat(IntStream.of(counts).filter(n -> n <= 3).count()).isEqualTo(150);
        assertThat(IntStream.of(counts).filter(n -> n >= 4 && n <= 7).count()).isEqualTo(287);
        assertThat(IntStream.of(counts).filter(n -> n >= 8).count()).isEqualTo(563);
    }

    @Test
    void aBodyIsParagraphsWithTheOddSubheadingOrQuoteAndNeedsNoCleaning() {
        for (var text : articles(300)) {
            var body = Jsoup.parseBodyFragment(text.bodyHtml()).body();

            assertThat(body.children().first().tagName()).isEqualTo("p");
            assertThat(body.select("> p")).hasSize(text.paragraphs());
            assertThat(body.children())
                    .allMatch(e -> List.of("p", "h2", "blockquote").contains(e.tagName()));
            assertThat(BodySanitizer.sanitize(text.bodyHtml())).isEqualTo(text.bodyHtml());
        }
    }

    @Test
    void someBodiesHaveASubheadingAndSomeAPullQuote() {
        var bodies = articles(300).stream().map(ArticleWriter.Text::bodyHtml).toList();

        assertThat(bodies.stream().filter(b -> b.contains("<h2>")).count()).isEqualTo(29);
        assertThat(bodies.stream().filter(b -> b.contains("<blockquote>")).count())
                .isEqualTo(22);
    }

    @Test
    void theSameSeedWritesTheSameArticle() {
        assertThat(articles(5)).isEqualTo(articles(5));
    }

    private static List<ArticleWriter.Text> articles(int count) {
        var random = new Random(11);
        var out = new ArrayList<ArticleWriter.Text>();
        for (int i = 0; i < count; i++) {
            var rubric = DemoSites.RUBRICS.get(i % DemoSites.RUBRICS.size());
            var stories = BANK.stories(rubric.slug());
            var site = DemoSites.NETWORK.get(i % DemoSites.NETWORK.size());
            var scope = Scope.of(stories.get(i % stories.size()), BANK.site(site.slug()), BANK.common());
            out.add(ArticleWriter.write(new Phrases(scope, random, DAY, Map.of("nama_situs", site.name()))));
        }
        return out;
    }

    private static Phrases phrases(Scope scope, long seed) {
        return new Phrases(scope, new Random(seed), DAY, Map.of("nama_situs", "Warta Malang", "nama", "Dewi Lestari"));
    }
}

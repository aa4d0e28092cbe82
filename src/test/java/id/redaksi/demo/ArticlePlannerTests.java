package id.redaksi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.article.Notice;
import id.redaksi.article.Person;
import id.redaksi.article.Slugs;
import id.redaksi.article.Topic;
import id.redaksi.demo.DemoSites.DemoSite;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import id.redaksi.site.SiteAds;
import id.redaksi.site.SiteProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticlePlannerTests {

    private static final TextBank BANK = TextBank.load();
    private static final Instant NOW = Instant.parse("2025-08-04T03:30:00Z");
    private static final DemoSite MALANG = DemoSites.NETWORK.getFirst();

    private final SiteCast cast = cast(MALANG);
    private final List<PlannedArticle> planned = new ArticlePlanner(BANK).plan(cast, 320, NOW);

    @Test
    void publishesEveryArticleWithinTheLast90DaysAndNoneInTheFuture() {
        assertThat(planned)
                .hasSize(320)
                .allSatisfy(p -> assertThat(p.story().firstPublishedAt())
                        .isAfter(NOW.minus(Duration.ofDays(90)))
                        .isBeforeOrEqualTo(NOW));
        assertThat(planned.stream()
                        .map(p -> p.story().firstPublishedAt())
                        .min(Instant::compareTo)
                        .orElseThrow())
                .isBefore(NOW.minus(Duration.ofDays(80)));
    }

    @Test
    void creditsOneToThreeWritersInOrderAndAnEditorWhoIsNotOneOfThem() {
        assertThat(planned).allSatisfy(p -> {
            assertThat(p.story().content().writerIds()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            assertThat(p.story().content().writerIds())
                    .doesNotContain(p.story().content().editorId());
            assertThat(cast.editors().stream().map(Person::id))
                    .contains(p.story().content().editorId());
        });
        assertThat(planned.stream()
                        .filter(p -> p.story().content().writerIds().size() == 3)
                        .count())
                .isEqualTo(35);
    }

    @Test
    void filesEveryArticleUnderTwoToFiveTopics() {
        assertThat(planned)
                .allSatisfy(p -> assertThat(p.story().content().topicIds())
                        .hasSizeBetween(2, 5)
                        .doesNotHaveDuplicates());
        assertThat(planned.stream()
                        .filter(p -> p.story().content().topicIds().size() > 2)
                        .count())
                .isEqualTo(188);
    }

    @Test
    void givesEveryArticleItsRubricsPictureWithCaptionAndCredit() {
        assertThat(planned).allSatisfy(p -> {
            assertThat(p.story().content().imageId())
                    .isEqualTo(cast.imageByRubric().get(p.story().content().rubricId()));
            assertThat(p.story().content().imageCaption()).isNotBlank();
            assertThat(p.story().content().imageCredit())
                    .matches("(Dok\\. Warta Malang|[A-Z][a-z]+ [A-Z][a-z]+/Warta Malang)");
        });
    }

    @Test
    void dateSomeUpdatesHoursLaterAndNoticesAfterPublication() {
        var updated = planned.stream()
                .filter(p -> p.story().updatedAt().isAfter(p.story().firstPublishedAt()));
        var notices = planned.stream()
                .flatMap(p -> p.notices().stream().map(n -> Map.entry(p.story(), n)))
                .toList();

        assertThat(updated.count()).isEqualTo(26);
        assertThat(planned).allSatisfy(p -> assertThat(p.story().updatedAt()).isBeforeOrEqualTo(NOW));
        assertThat(notices)
                .allSatisfy(e -> assertThat(e.getValue().at())
                        .isAfter(e.getKey().firstPublishedAt())
                        .isBeforeOrEqualTo(e.getKey().updatedAt()));
        assertThat(notices.stream()
                        .filter(e -> e.getValue().kind() == Notice.Kind.RALAT)
                        .count())
                .isEqualTo(3);
        assertThat(notices.stream()
                        .filter(e -> e.getValue().kind() == Notice.Kind.HAK_JAWAB)
                        .count())
                .isEqualTo(4);
    }

    @Test
    void writesSlugsFromHeadlines() {
        assertThat(planned)
                .allSatisfy(p -> assertThat(p.story().content().slug())
                        .isEqualTo(Slugs.of(p.story().content().title()))
                        .matches("[a-z0-9-]+"));
    }

    @Test
    void writesTheSameArticlesWhateverTheTimeNow() {
        var later = new ArticlePlanner(BANK)
                .plan(cast, 320, NOW.plus(Duration.ofDays(123).plusMinutes(17)));

        assertThat(later.stream().map(p -> p.story().content().title()))
                .containsExactlyElementsOf(
                        planned.stream().map(p -> p.story().content().title()).toList());
        assertThat(later.stream().map(p -> withoutDates(p.story().content().bodyHtml())))
                .containsExactlyElementsOf(planned.stream()
                        .map(p -> withoutDates(p.story().content().bodyHtml()))
                        .toList());
    }

    @Test
    void spreadsArticlesOverAllRubrics() {
        var rubrics = new HashSet<Long>();
        planned.forEach(p -> rubrics.add(p.story().content().rubricId()));

        assertThat(rubrics).hasSize(21);
    }

    /** A body names the day it appeared and its year; everything else must not depend on when it is made. */
    private static String withoutDates(String body) {
        return body.replaceAll("(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \\(\\d+/\\d+/\\d+\\)", "DAY")
                .replaceAll("APBD \\d{4}", "APBD YEAR");
    }

    /** The site as the database would have made it, with ids that are easy to tell apart. */
    static SiteCast cast(DemoSite spec) {
        var rubrics = IntStream.range(0, DemoSites.RUBRICS.size())
                .mapToObj(i -> new Rubric(
                        100 + i,
                        1,
                        DemoSites.RUBRICS.get(i).slug(),
                        DemoSites.RUBRICS.get(i).name(),
                        i))
                .toList();
        var site = new Site(
                1,
                spec.slug(),
                spec.name(),
                spec.dateline(),
                spec.tagline(),
                "http://" + spec.host(),
                "id",
                spec.zone(),
                null,
                List.of(spec.host()),
                rubrics,
                SiteProfile.EMPTY,
                null,
                SiteAds.NONE);
        var people = IntStream.rangeClosed(1, 13)
                .mapToObj(i -> new Person(i, "orang-" + i, "Orang Nomor" + (char) ('a' + i), "", null))
                .toList();
        var topics = new LinkedHashMap<String, Topic>();
        DemoNetwork.topicNames(BANK, spec)
                .forEach(name -> topics.put(name, new Topic(1000 + topics.size(), 1, Slugs.of(name), name)));
        var places =
                BANK.site(spec.slug()).get("topik").stream().map(topics::get).toList();
        var images = new LinkedHashMap<Long, Long>();
        rubrics.forEach(r -> images.put(r.id(), 500 + r.id()));
        return new SiteCast(spec, site, people.subList(0, 10), people.subList(10, 13), topics, places, images);
    }
}

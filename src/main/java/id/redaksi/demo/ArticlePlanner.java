package id.redaksi.demo;

import id.redaksi.article.ArticleContent;
import id.redaksi.article.Notice;
import id.redaksi.article.Person;
import id.redaksi.article.Slugs;
import id.redaksi.article.Topic;
import id.redaksi.demo.TextBank.Scope;
import id.redaksi.newsroom.ImportedStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/** Plans the published articles of one demo site: rubric, text, credits, topics, picture, dates and notices. */
final class ArticlePlanner {

    private final TextBank bank;

    ArticlePlanner(TextBank bank) {
        this.bank = bank;
    }

    List<PlannedArticle> plan(SiteCast cast, int count, Instant now) {
        var random = new Random(cast.spec().seed());
        return IntStream.range(0, count)
                .mapToObj(i -> article(cast, random, now))
                .toList();
    }

    private PlannedArticle article(SiteCast cast, Random random, Instant now) {
        var spec = cast.spec();
        var rubric =
                cast.site().rubrics().get(random.nextInt(cast.site().rubrics().size()));
        var stories = bank.stories(rubric.slug());
        var story = stories.get(random.nextInt(stories.size()));
        var published = Timeline.published(random, now, spec.zone());
        var phrases = new Phrases(
                Scope.of(story, bank.site(spec.slug()), bank.common()),
                random,
                published.atZone(spec.zone()).toLocalDate(),
                Map.of("nama_situs", spec.name()));
        var text = ArticleWriter.write(phrases);
        var writers = writers(random, cast.writers());
        var editor = cast.editors().get(random.nextInt(cast.editors().size()));
        var topics = topics(cast, phrases, text, random);
        var caption = Headlines.capitalize(phrases.next("keterangan_foto").orElseThrow());
        var credit = random.nextInt(10) < 7
                ? "Dok. " + spec.name()
                : writers.getFirst().name() + "/" + spec.name();
        var notices = notices(phrases, published, now);
        var updated = updated(random, published, notices, now);
        return new PlannedArticle(
                new ImportedStory(
                        cast.site().id(),
                        new ArticleContent(
                                rubric.id(),
                                text.title(),
                                Slugs.of(text.title()),
                                text.lead(),
                                text.bodyHtml(),
                                null,
                                null,
                                null,
                                cast.imageByRubric().get(rubric.id()),
                                caption,
                                credit,
                                writers.stream().map(Person::id).toList(),
                                topics,
                                editor.id()),
                        published,
                        updated),
                notices);
    }

    /** One writer for most articles, two for some, three for a few; in byline order. */
    private static List<Person> writers(Random random, List<Person> pool) {
        int roll = random.nextInt(100);
        int count = roll < 60 ? 1 : roll < 90 ? 2 : 3;
        var shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, count));
    }

    /** The story's own topics, then places of the region the text names, two to five in all. */
    private static List<Long> topics(SiteCast cast, Phrases phrases, ArticleWriter.Text text, Random random) {
        int wanted = 2 + random.nextInt(4);
        var chosen = new LinkedHashSet<Topic>();
        phrases.all("topik").forEach(name -> chosen.add(cast.topics().get(name)));
        var words = text.title() + " " + text.lead() + " " + text.bodyHtml();
        var named = new ArrayList<>(
                cast.places().stream().filter(t -> words.contains(t.name())).toList());
        Collections.shuffle(named, random);
        chosen.addAll(named);
        return chosen.stream().limit(wanted).map(Topic::id).toList();
    }

    /** About one article in fifty gets a correction and one in a hundred a right of reply. */
    private static List<Notice> notices(Phrases phrases, Instant published, Instant now) {
        var random = phrases.random();
        int roll = random.nextInt(100);
        double when = random.nextDouble();
        if (roll >= 3) {
            return List.of();
        }
        var kind = roll < 2 ? Notice.Kind.RALAT : Notice.Kind.HAK_JAWAB;
        var text =
                phrases.next(kind == Notice.Kind.RALAT ? "ralat" : "hak_jawab").orElseThrow();
        return List.of(new Notice(kind, text, Timeline.after(published, when, now)));
    }

    /** Most articles were never changed; one in ten was brought up to date hours later, as was any corrected one. */
    private static Instant updated(Random random, Instant published, List<Notice> notices, Instant now) {
        boolean revised = random.nextInt(100) < 10;
        int minutesLater = 60 + random.nextInt(6 * 60);
        var updated = revised ? Timeline.updated(published, minutesLater, now) : published;
        for (var notice : notices) {
            updated = notice.at().isAfter(updated) ? notice.at() : updated;
        }
        return updated;
    }
}

package id.redaksi.demo;

import id.redaksi.article.People;
import id.redaksi.article.Person;
import id.redaksi.article.Slugs;
import id.redaksi.article.Topic;
import id.redaksi.article.Topics;
import id.redaksi.demo.DemoSites.DemoSite;
import id.redaksi.demo.TextBank.Scope;
import id.redaksi.media.MediaLibrary;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Makes the demo network's sites with their rubrics, people, topics and lead pictures, ready for articles. */
@Component
class DemoNetwork {

    static final int WRITERS_PER_SITE = 10;
    static final int EDITORS_PER_SITE = 3;

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

    private final Sites sites;
    private final People people;
    private final Topics topics;
    private final MediaLibrary media;

    DemoNetwork(Sites sites, People people, Topics topics, MediaLibrary media) {
        this.sites = sites;
        this.people = people;
        this.topics = topics;
        this.media = media;
    }

    List<SiteCast> create(TextBank bank, int port) {
        var names = new HashSet<String>();
        return DemoSites.NETWORK.stream()
                .map(spec -> cast(spec, bank, port, names))
                .toList();
    }

    private SiteCast cast(DemoSite spec, TextBank bank, int port, Set<String> names) {
        long siteId = sites.create(spec.newSite(port)).id();
        DemoSites.RUBRICS.forEach(rubric -> sites.addRubric(siteId, rubric.slug(), rubric.name()));
        var site = sites.byId(siteId).orElseThrow();
        var scope = Scope.of(bank.site(spec.slug()), bank.common());
        var random = new Random(~spec.seed());
        var writers = people(spec, scope, random, names, WRITERS_PER_SITE, "bio_penulis");
        var editors = people(spec, scope, random, names, EDITORS_PER_SITE, "bio_editor");
        var topicsByName = topics(spec, site, bank);
        var places = scope.values("topik").stream().map(topicsByName::get).toList();
        return new SiteCast(spec, site, writers, editors, topicsByName, places, images(spec, site));
    }

    /** People with made-up names, each name used once in the whole network so that profile pages stay apart. */
    private List<Person> people(DemoSite spec, Scope scope, Random random, Set<String> names, int count, String bio) {
        var made = new ArrayList<Person>();
        while (made.size() < count) {
            var name = new Phrases(scope, random, LocalDate.EPOCH, Map.of()).personName();
            if (names.add(name)) {
                var words =
                        new Phrases(scope, random, LocalDate.EPOCH, Map.of("nama", name, "nama_situs", spec.name()));
                made.add(people.create(Slugs.of(name), name, words.fill(words.anyTemplate(bio))));
            }
        }
        return List.copyOf(made);
    }

    private Map<String, Topic> topics(DemoSite spec, Site site, TextBank bank) {
        var byName = new LinkedHashMap<String, Topic>();
        topicNames(bank, spec).forEach(name -> byName.put(name, topics.obtain(site.id(), Slugs.of(name), name)));
        return byName;
    }

    /** The places of the region first, then what the site's stories are filed under, each once. */
    static Set<String> topicNames(TextBank bank, DemoSite spec) {
        var names = new LinkedHashSet<>(bank.site(spec.slug()).get("topik"));
        for (var rubric : DemoSites.RUBRICS) {
            for (var story : bank.stories(rubric.slug())) {
                var scope = Scope.of(story, bank.site(spec.slug()), bank.common());
                names.addAll(new Phrases(scope, new Random(0), LocalDate.EPOCH, Map.of()).all("topik"));
            }
        }
        return names;
    }

    private Map<Long, Long> images(DemoSite spec, Site site) {
        long started = System.nanoTime();
        var byRubric = new LinkedHashMap<Long, Long>();
        for (var rubric : site.rubrics()) {
            var colour = DemoSites.rubric(rubric.slug()).colour();
            var jpeg = LeadImages.paint(rubric.name(), spec.name(), colour, spec.seed() + rubric.position());
            long id = media.store(
                    site.id(),
                    jpeg,
                    LeadImages.CONTENT_TYPE,
                    LeadImages.WIDTH,
                    LeadImages.HEIGHT,
                    "Ilustrasi rubrik " + rubric.name() + " " + spec.name());
            byRubric.put(rubric.id(), id);
        }
        log.debug(
                "Painted {} lead pictures for {} in {} ms",
                byRubric.size(),
                spec.name(),
                (System.nanoTime() - started) / 1_000_000);
        return byRubric;
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.article.Slugs;
import id.redaksi.article.Topics;
import id.redaksi.newsroom.Bylines;
import id.redaksi.newsroom.NamedTopics;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the story form's type-ahead pickers offer: the people a story of the site may credit, and its topics, found by
 * what is typed; anyone with a role on the site may ask, about that site only.
 */
@Controller
class PickerController {

    private static final int SHOWN = 12;

    private final DeskSupport support;
    private final Bylines bylines;
    private final Topics topics;

    PickerController(DeskSupport support, Bylines bylines, Topics topics) {
        this.support = support;
        this.bylines = bylines;
        this.topics = topics;
    }

    /** A person or a topic, as a picker shows it. */
    record Choice(long id, String name) {}

    /**
     * @param matches the site's topics the text may mean, closest first
     * @param create the name a new topic would get, offered after the matches; null when the site has a topic of that
     *     name already, or the text could not name one
     */
    record TopicChoices(List<Choice> matches, String create) {}

    @GetMapping(path = "/redaksi/{siteSlug}/orang/pilih", produces = "application/json")
    @ResponseBody
    List<Choice> people(Actor actor, @PathVariable String siteSlug, @RequestParam(defaultValue = "") String q) {
        var site = support.site(siteSlug);
        support.role(actor, site);
        return bylines.of(site.id(), null).stream()
                .filter(person -> NameMatch.matches(person.name(), q))
                .limit(SHOWN)
                .map(person -> new Choice(person.id(), person.name()))
                .toList();
    }

    @GetMapping(path = "/redaksi/{siteSlug}/topik/pilih", produces = "application/json")
    @ResponseBody
    TopicChoices topics(Actor actor, @PathVariable String siteSlug, @RequestParam(defaultValue = "") String q) {
        var site = support.site(siteSlug);
        support.role(actor, site);
        // a comma separates topics on the form, so a new topic's name cannot hold one
        var name = q.replace(',', ' ').strip().replaceAll("\\s+", " ");
        var matches = topics.like(site.id(), name, SHOWN).stream()
                .map(topic -> new Choice(topic.id(), topic.name()))
                .toList();
        boolean makeable = !name.isEmpty()
                && name.length() <= NamedTopics.MAX_NAME
                && topics.find(site.id(), Slugs.of(name)).isEmpty();
        return new TopicChoices(matches, makeable ? name : null);
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.newsroom.Assigning;
import id.redaksi.newsroom.PublishFailures;
import id.redaksi.newsroom.PublishFailures.PublishFailure;
import id.redaksi.newsroom.Stories;
import id.redaksi.newsroom.Story;
import id.redaksi.newsroom.StoryStatus;
import id.redaksi.newsroom.desk.DeskPages.Assigned;
import id.redaksi.newsroom.desk.DeskPages.Queued;
import id.redaksi.newsroom.desk.DeskPages.Queues;
import id.redaksi.newsroom.desk.DeskPages.SiteAccess;
import id.redaksi.site.Site;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What waits for someone on the desk's home: submitted stories for the editors of their sites, the stories
 * returned to them as a writer, the ideas assigned to them, and what is scheduled (every one of an editor's sites, a writer's own elsewhere).
 */
@Component
class DeskHome {

    private final Stories stories;
    private final Assigning assigning;
    private final PublishFailures failures;

    DeskHome(Stories stories, Assigning assigning, PublishFailures failures) {
        this.stories = stories;
        this.assigning = assigning;
        this.failures = failures;
    }

    Queues of(Actor actor, List<SiteAccess> access) {
        Map<Long, Site> sites =
                access.stream().map(SiteAccess::site).collect(Collectors.toMap(Site::id, Function.identity()));
        var edited = ids(access, a -> a.role().includes(Role.EDITOR));
        var written = ids(access, a -> !a.role().includes(Role.EDITOR));
        var review = stories.waiting(edited, StoryStatus.SUBMITTED, null, null);
        var returned = stories.waiting(sites.keySet(), StoryStatus.CHANGES_REQUESTED, actor.id(), actor.personId());
        var scheduled = Stream.concat(
                        stories.waiting(edited, StoryStatus.SCHEDULED, null, null).stream(),
                        stories.waiting(written, StoryStatus.SCHEDULED, actor.id(), actor.personId()).stream())
                .sorted(Comparator.comparing(Story::scheduledAt).thenComparing(Story::id))
                .toList();
        var assigned = assigning.openFor(actor, List.copyOf(sites.keySet())).stream()
                .map(a -> new Assigned(sites.get(a.siteId()), a))
                .toList();
        return new Queues(
                !edited.isEmpty(),
                queued(review, sites, Map.of()),
                queued(returned, sites, Map.of()),
                queued(scheduled, sites, failures.of(scheduled)),
                assigned);
    }

    private static List<Long> ids(List<SiteAccess> access, Predicate<SiteAccess> which) {
        return access.stream().filter(which).map(a -> a.site().id()).toList();
    }

    private static List<Queued> queued(List<Story> stories, Map<Long, Site> sites, Map<Long, PublishFailure> failures) {
        return stories.stream()
                .map(s -> new Queued(sites.get(s.siteId()), s, failures.get(s.id())))
                .toList();
    }
}

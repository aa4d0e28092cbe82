package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.People;
import id.redaksi.article.Person;
import id.redaksi.newsroom.AuditLog;
import id.redaksi.newsroom.Stories;
import id.redaksi.newsroom.StoryFilter;
import id.redaksi.newsroom.StoryStatus;
import id.redaksi.newsroom.desk.DeskPages.AuditPage;
import id.redaksi.newsroom.desk.DeskPages.DashboardPage;
import id.redaksi.newsroom.desk.DeskPages.ListFilter;
import id.redaksi.newsroom.desk.DeskPages.SiteAccess;
import id.redaksi.newsroom.desk.DeskPages.StoryListPage;
import id.redaksi.newsroom.desk.DeskPages.StoryRow;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The newsroom's front door (the sites one works on, what waits there), each site's list of stories, and its audit log. */
@Controller
class DeskController {

    private final Sites sites;
    private final Stories stories;
    private final People people;
    private final AuditLog audit;
    private final DeskSupport support;
    private final DeskHome home;

    DeskController(Sites sites, Stories stories, People people, AuditLog audit, DeskSupport support, DeskHome home) {
        this.home = home;
        this.sites = sites;
        this.stories = stories;
        this.people = people;
        this.audit = audit;
        this.support = support;
    }

    @GetMapping("/redaksi/")
    ModelAndView dashboard(Actor actor, CsrfToken csrf) {
        var access = sites.all().stream()
                .flatMap(site -> actor.roleOn(site.id()).map(role -> new SiteAccess(site, role)).stream())
                .toList();
        return new ModelAndView(
                "newsroom/dashboard",
                "page",
                new DashboardPage(DeskSupport.desk(actor, csrf), access, actor.networkAdmin(), home.of(actor, access)));
    }

    @GetMapping("/redaksi/{siteSlug}/cerita")
    ModelAndView list(Actor actor, CsrfToken csrf, @PathVariable String siteSlug, @ModelAttribute ListFilter filter) {
        var site = support.site(siteSlug);
        var role = support.role(actor, site);
        var rows = stories.list(storyFilter(site, actor, filter), 0, 100);
        var people = this.people.all();
        Map<Long, Person> everyone = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        var shown = rows.stream()
                .map(story -> new StoryRow(
                        story,
                        story.draft().rubricId() == null
                                ? ""
                                : site.rubric(story.draft().rubricId())
                                        .map(r -> r.name())
                                        .orElse(""),
                        story.draft().writerIds().stream()
                                .map(everyone::get)
                                .filter(p -> p != null)
                                .map(Person::name)
                                .collect(Collectors.joining(" - "))))
                .toList();
        return new ModelAndView(
                "newsroom/stories",
                "page",
                new StoryListPage(
                        DeskSupport.desk(actor, csrf),
                        site,
                        role,
                        shown,
                        filter,
                        Arrays.asList(StoryStatus.values()),
                        people));
    }

    @GetMapping("/redaksi/{siteSlug}/audit")
    ModelAndView audit(Actor actor, CsrfToken csrf, @PathVariable String siteSlug) {
        var site = support.site(siteSlug);
        actor.require(Role.EDITOR, site.id());
        return new ModelAndView(
                "newsroom/audit",
                "page",
                new AuditPage(DeskSupport.desk(actor, csrf), site, audit.ofSite(site.id(), 300)));
    }

    private static StoryFilter storyFilter(Site site, Actor actor, ListFilter filter) {
        return new StoryFilter(
                site.id(),
                filter.status(),
                filter.rubricId(),
                filter.writerId(),
                filter.onlyMine() ? actor.id() : null,
                filter.onlyMine() ? actor.personId() : null,
                filter.title());
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.NotAllowed;
import id.redaksi.account.Role;
import id.redaksi.article.People;
import id.redaksi.article.Person;
import id.redaksi.newsroom.Stories;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Whom an admin manages. A network admin: every account and person. A site admin: the accounts with a role on
 * a site they administer, roles on those sites only, and the people whose every credit (published or in a
 * story) and every linked account lies on those sites; a profile that appears nowhere yet counts as theirs,
 * so an admin can correct the one they just made. Someone who also works elsewhere is the network admin's to
 * rename, because a name changes on every byline at once. For a site admin, what is out of reach and what
 * does not exist get the same 403.
 */
@Component
class AdminScope {

    private final Accounts accounts;
    private final People people;
    private final Stories stories;
    private final Sites sites;

    AdminScope(Accounts accounts, People people, Stories stories, Sites sites) {
        this.accounts = accounts;
        this.people = people;
        this.stories = stories;
        this.sites = sites;
    }

    /** The sites this actor administers; refuses anyone but a network admin who administers none. */
    List<Site> sites(Actor actor) {
        if (actor.networkAdmin()) {
            return sites.all();
        }
        var administered = sites.all().stream()
                .filter(site -> actor.can(Role.SITE_ADMIN, site.id()))
                .toList();
        if (administered.isEmpty()) {
            throw new NotAllowed(actor.username() + " is no admin");
        }
        return administered;
    }

    Site site(Actor actor, long siteId) {
        actor.require(Role.SITE_ADMIN, siteId);
        return sites.byId(siteId).orElseThrow(() -> new NotAllowed("no site " + siteId));
    }

    List<Actor> accounts(Actor actor) {
        return actor.networkAdmin() ? accounts.all() : accounts.withRoleOn(ids(sites(actor)));
    }

    Actor account(Actor actor, long userId) {
        return accounts(actor).stream()
                .filter(account -> account.id() == userId)
                .findFirst()
                .orElseThrow(() -> actor.networkAdmin()
                        ? new ResponseStatusException(HttpStatus.NOT_FOUND, "account " + userId)
                        : new NotAllowed(actor.username() + " does not manage account " + userId));
    }

    List<Person> people(Actor actor) {
        var all = people.all();
        if (actor.networkAdmin()) {
            return all;
        }
        var elsewhere = workingOutside(ids(sites(actor)));
        return all.stream().filter(person -> !elsewhere.contains(person.id())).toList();
    }

    Person person(Actor actor, long personId) {
        return people(actor).stream()
                .filter(person -> person.id() == personId)
                .findFirst()
                .orElseThrow(() -> actor.networkAdmin()
                        ? new ResponseStatusException(HttpStatus.NOT_FOUND, "person " + personId)
                        : new NotAllowed(actor.username() + " does not manage person " + personId));
    }

    private Set<Long> workingOutside(Set<Long> siteIds) {
        var elsewhere = new HashSet<>(people.creditedOutside(siteIds));
        elsewhere.addAll(stories.creditedOutside(siteIds));
        elsewhere.addAll(accounts.peopleWorkingOutside(siteIds));
        return elsewhere;
    }

    private static Set<Long> ids(List<Site> sites) {
        var ids = new HashSet<Long>();
        sites.forEach(site -> ids.add(site.id()));
        return ids;
    }
}

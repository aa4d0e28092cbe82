package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.NotAllowed;
import id.redaksi.account.Role;
import id.redaksi.newsroom.desk.DeskPages.Desk;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** Resolves the site named in a newsroom path and the actor's role on it; no role there is a 403. */
@Component
class DeskSupport {

    /**
     * The flash attribute a redirect carries its status message in. It lives in the session for one request,
     * so no link can put words in the newsroom's status box, as a {@code ?pesan=} in the address could.
     */
    static final String MESSAGE = "message";

    private final Sites sites;

    DeskSupport(Sites sites) {
        this.sites = sites;
    }

    Site site(String slug) {
        return sites.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "site " + slug));
    }

    Role role(Actor actor, Site site) {
        return actor.roleOn(site.id())
                .orElseThrow(() -> new NotAllowed(actor.username() + " has no role on " + site.slug()));
    }

    static Desk desk(Actor actor, CsrfToken csrf) {
        return new Desk(actor.displayName(), csrf);
    }

    static String storyPath(Site site, long id) {
        return "/redaksi/" + site.slug() + "/cerita/" + id;
    }

    static void requireNetworkAdmin(Actor actor) {
        if (!actor.networkAdmin()) {
            throw new NotAllowed(actor.username() + " is no network admin");
        }
    }

    /** The message the redirect to this page carried, if any. */
    static String message(Model model) {
        return model.getAttribute(MESSAGE) instanceof String message ? message : null;
    }

    /** A number from a form field; null when it is empty or no number. */
    static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

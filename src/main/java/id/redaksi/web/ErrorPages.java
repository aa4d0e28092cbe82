package id.redaksi.web;

import id.redaksi.site.PublicWords;
import id.redaksi.site.Sites;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Builds the error page in the look and language of the site the request came to, or plain and Indonesian when the
 * host is no site's.
 */
@Component
class ErrorPages {

    private final Sites sites;
    private final OldLinks oldLinks;

    ErrorPages(Sites sites, OldLinks oldLinks) {
        this.sites = sites;
        this.oldLinks = oldLinks;
    }

    /** @param detail shown on a 400 instead of the general message, as it stands (a reason from outside our pages) */
    ModelAndView render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) {
        return render(request, response, status, language -> detail);
    }

    /** A refused address, with what was wrong with it in the site's language. */
    ModelAndView refused(HttpServletRequest request, HttpServletResponse response, BadRequest refusal) {
        return render(request, response, HttpStatus.BAD_REQUEST, refusal::message);
    }

    private ModelAndView render(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            Function<String, String> detailIn) {
        var site = sites.byHost(request.getServerName());
        if (status == HttpStatus.NOT_FOUND && site.isPresent()) {
            // an address of the site's previous system: the one moment it is worth looking up
            var moved = oldLinks.target(site.get(), request);
            if (moved.isPresent()) {
                return movedPermanently(site.get().url(moved.get()));
            }
        }
        response.setStatus(status.value());
        var language = site.map(s -> s.language()).orElse(null);
        var heading = PublicWords.of(language, "error.heading." + kind(status));
        var chrome = site.map(s -> new Chrome(s, Meta.of(heading + " - " + s.name(), heading, s.url("/"))).withoutAds())
                .orElse(null);
        var detail = status == HttpStatus.BAD_REQUEST ? detailIn.apply(language) : null;
        var message = detail != null && !detail.isBlank()
                ? detail
                : PublicWords.of(language, "error.message." + messageKind(status));
        return new ModelAndView(
                "web/error", Map.of("page", new Pages.ErrorPage(chrome, status.value(), heading, message)), status);
    }

    static ModelAndView movedPermanently(String url) {
        var view = new RedirectView(url);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    private static String kind(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, BAD_REQUEST, METHOD_NOT_ALLOWED, SERVICE_UNAVAILABLE -> String.valueOf(status.value());
            default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
    }

    private static String messageKind(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, SERVICE_UNAVAILABLE -> String.valueOf(status.value());
            default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
    }
}

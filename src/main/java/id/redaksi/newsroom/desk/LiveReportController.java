package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.NewsroomWords;
import id.redaksi.article.LiveReports;
import id.redaksi.newsroom.DraftRefused;
import id.redaksi.newsroom.LiveCoverage;
import id.redaksi.site.Site;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A live report's desk: filing updates from the field, the editors' changes to them, ending and restarting. */
@Controller
class LiveReportController {

    private static final String PATH = "/redaksi/{siteSlug}/cerita/{id}/langsung";

    private final LiveCoverage coverage;
    private final DeskSupport support;

    LiveReportController(LiveCoverage coverage, DeskSupport support) {
        this.coverage = coverage;
        this.support = support;
    }

    @GetMapping(PATH)
    ModelAndView desk(Actor actor, CsrfToken csrf, @PathVariable String siteSlug, @PathVariable long id, Model model) {
        var site = support.site(siteSlug);
        return page(actor, csrf, site, id, "", "", Map.of(), DeskSupport.message(model), HttpStatus.OK);
    }

    /** Posts an update; a refused one comes back with what was typed still in the box. */
    @PostMapping(PATH)
    ModelAndView post(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String teks,
            @RequestParam(required = false) Long gambar,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        try {
            coverage.post(actor, site.id(), id, new LiveReports.Draft(teks, gambar));
        } catch (DraftRefused e) {
            var image = gambar == null ? "" : gambar.toString();
            return page(
                    actor, csrf, site, id, teks, image, Map.of(e.field(), e.getReason()), null, HttpStatus.BAD_REQUEST);
        }
        return redirect(site, id, NewsroomWords.t("live.sent"), redirect);
    }

    @PostMapping(PATH + "/{updateId}")
    ModelAndView edit(
            Actor actor,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @PathVariable long updateId,
            @RequestParam(defaultValue = "") String teks,
            @RequestParam(required = false) Long gambar,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        coverage.edit(actor, site.id(), id, updateId, new LiveReports.Draft(teks, gambar));
        return redirect(site, id, NewsroomWords.t("live.saved"), redirect);
    }

    @PostMapping(PATH + "/{updateId}/hapus")
    ModelAndView delete(
            Actor actor,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @PathVariable long updateId,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        coverage.delete(actor, site.id(), id, updateId);
        return redirect(site, id, NewsroomWords.t("live.deleted"), redirect);
    }

    @PostMapping(PATH + "/{updateId}/sematkan")
    ModelAndView pin(
            Actor actor,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @PathVariable long updateId,
            @RequestParam(defaultValue = "true") boolean sematkan,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        coverage.pin(actor, site.id(), id, updateId, sematkan);
        return redirect(
                site, id, NewsroomWords.t(sematkan ? "live.pinned.message" : "live.unpinned.message"), redirect);
    }

    @PostMapping(PATH + "/akhiri")
    ModelAndView end(Actor actor, @PathVariable String siteSlug, @PathVariable long id, RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        coverage.end(actor, site.id(), id, false);
        return redirect(site, id, NewsroomWords.t("live.ended.message"), redirect);
    }

    @PostMapping(PATH + "/mulai")
    ModelAndView restart(
            Actor actor, @PathVariable String siteSlug, @PathVariable long id, RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        coverage.end(actor, site.id(), id, true);
        return redirect(site, id, NewsroomWords.t("live.restarted"), redirect);
    }

    private ModelAndView page(
            Actor actor,
            CsrfToken csrf,
            Site site,
            long id,
            String text,
            String imageId,
            Map<String, String> errors,
            String message,
            HttpStatus status) {
        var live = coverage.desk(actor, site.id(), id);
        var page = new LiveDeskPage(DeskSupport.desk(actor, csrf), site, live, text, imageId, errors, message);
        var answer = new ModelAndView("newsroom/live", "page", page);
        answer.setStatus(status);
        return answer;
    }

    private static ModelAndView redirect(Site site, long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute(DeskSupport.MESSAGE, message);
        return new ModelAndView("redirect:" + DeskSupport.storyPath(site, id) + "/langsung");
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.NewsroomWords;
import id.redaksi.account.Role;
import id.redaksi.newsroom.Assigning;
import id.redaksi.newsroom.Assignments;
import id.redaksi.newsroom.Bylines;
import id.redaksi.newsroom.DraftRefused;
import id.redaksi.newsroom.NewAssignment;
import id.redaksi.newsroom.desk.DeskPages.AssignmentForm;
import id.redaksi.newsroom.desk.DeskPages.AssignmentsPage;
import id.redaksi.site.Site;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A site's assignments (penugasan): editors hand ideas to writers; a writer starts theirs from the desk's home. */
@Controller
class AssignmentController {

    private final Assigning assigning;
    private final Assignments assignments;
    private final Bylines bylines;
    private final DeskSupport support;

    AssignmentController(Assigning assigning, Assignments assignments, Bylines bylines, DeskSupport support) {
        this.assigning = assigning;
        this.assignments = assignments;
        this.bylines = bylines;
        this.support = support;
    }

    @GetMapping("/redaksi/{siteSlug}/penugasan")
    ModelAndView list(Actor actor, CsrfToken csrf, @PathVariable String siteSlug, Model model) {
        var site = support.site(siteSlug);
        actor.require(Role.EDITOR, site.id());
        return page(actor, csrf, site, new AssignmentForm("", "", "", ""), Map.of(), DeskSupport.message(model));
    }

    @PostMapping("/redaksi/{siteSlug}/penugasan")
    ModelAndView assign(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @ModelAttribute AssignmentForm form,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        actor.require(Role.EDITOR, site.id());
        try {
            assigning.assign(actor, site.id(), assignment(site, form));
        } catch (DraftRefused e) {
            var page = page(actor, csrf, site, form, Map.of(e.field(), e.getReason()), null);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("assignments.sent"));
        return new ModelAndView("redirect:/redaksi/" + site.slug() + "/penugasan");
    }

    @PostMapping("/redaksi/{siteSlug}/penugasan/{id}/mulai")
    ModelAndView start(Actor actor, @PathVariable String siteSlug, @PathVariable long id, RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        var story = assigning.start(actor, site.id(), id);
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("assignments.started"));
        return new ModelAndView("redirect:" + DeskSupport.storyPath(site, story.id()));
    }

    private static NewAssignment assignment(Site site, AssignmentForm form) {
        var person = DeskSupport.number(form.penulis());
        if (person == null) {
            throw new DraftRefused("penulis", NewsroomWords.t("story.writer.unknown"));
        }
        try {
            var deadline = LocalDateTime.parse(
                            form.tenggat() == null ? "" : form.tenggat().strip())
                    .atZone(site.zone())
                    .toInstant();
            return new NewAssignment(form.judul(), form.arahan(), person, deadline);
        } catch (DateTimeParseException e) {
            throw new DraftRefused("tenggat", NewsroomWords.t("assignments.deadline.invalid"));
        }
    }

    private ModelAndView page(
            Actor actor, CsrfToken csrf, Site site, AssignmentForm form, Map<String, String> errors, String message) {
        var open = assignments.open(List.of(site.id()), null);
        var people = bylines.of(site.id(), null);
        return new ModelAndView(
                "newsroom/assignments",
                "page",
                new AssignmentsPage(DeskSupport.desk(actor, csrf), site, open, people, form, errors, message));
    }
}

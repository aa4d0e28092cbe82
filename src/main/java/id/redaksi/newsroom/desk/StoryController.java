package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.article.Notice;
import id.redaksi.article.Topics;
import id.redaksi.newsroom.AuditLog;
import id.redaksi.newsroom.Bylines;
import id.redaksi.newsroom.DraftRefused;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.newsroom.Story;
import id.redaksi.newsroom.StoryChanged;
import id.redaksi.newsroom.desk.DeskPages.EditorPage;
import id.redaksi.site.Site;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editor page of one story, and the workflow steps taken from it. */
@Controller
class StoryController {

    private final Newsroom newsroom;
    private final Topics topics;
    private final Bylines bylines;
    private final AuditLog audit;
    private final DeskSupport support;

    StoryController(Newsroom newsroom, Topics topics, Bylines bylines, AuditLog audit, DeskSupport support) {
        this.newsroom = newsroom;
        this.topics = topics;
        this.bylines = bylines;
        this.audit = audit;
        this.support = support;
    }

    @GetMapping("/redaksi/{siteSlug}/cerita/baru")
    ModelAndView blank(Actor actor, CsrfToken csrf, @PathVariable String siteSlug) {
        var site = support.site(siteSlug);
        return editor(actor, csrf, site, null, StoryForm.blank(), Map.of(), null, null, HttpStatus.OK);
    }

    @PostMapping("/redaksi/{siteSlug}/cerita")
    ModelAndView create(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @ModelAttribute StoryForm form,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        support.role(actor, site);
        var problems = form.problems();
        if (!problems.isEmpty()) {
            return editor(actor, csrf, site, null, form, problems, null, null, HttpStatus.BAD_REQUEST);
        }
        try {
            var story = newsroom.create(actor, site.id(), form.toDraft(), form.topicNames());
            return saved(site, story.id(), redirect);
        } catch (DraftRefused e) {
            return refused(actor, csrf, site, null, form, e);
        }
    }

    @GetMapping("/redaksi/{siteSlug}/cerita/{id}")
    ModelAndView open(Actor actor, CsrfToken csrf, @PathVariable String siteSlug, @PathVariable long id, Model model) {
        var site = support.site(siteSlug);
        var story = newsroom.find(actor, site.id(), id);
        // only the desk's own redirect leaves a message, as a flash attribute: an address cannot carry one
        var message = DeskSupport.message(model);
        return editor(actor, csrf, site, story, StoryForm.of(story, topics), Map.of(), message, null, HttpStatus.OK);
    }

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}")
    ModelAndView save(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @ModelAttribute StoryForm form,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        var story = newsroom.find(actor, site.id(), id);
        var problems = form.problems();
        if (!problems.isEmpty()) {
            return editor(actor, csrf, site, story, form, problems, null, null, HttpStatus.BAD_REQUEST);
        }
        try {
            newsroom.save(actor, site.id(), id, form.version(), form.toDraft(), form.topicNames());
        } catch (DraftRefused e) {
            return refused(actor, csrf, site, story, form, e);
        } catch (StoryChanged e) {
            var conflict =
                    "Cerita ini sudah disimpan oleh " + e.savedBy() + " setelah Anda membukanya. Teks Anda masih "
                            + "di bawah dan belum disimpan: salin bagian Anda, buka versi terbaru di tab baru, lalu gabungkan.";
            return editor(actor, csrf, site, story, form, Map.of(), null, conflict, HttpStatus.CONFLICT);
        }
        return saved(site, id, redirect);
    }

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/{step:ajukan|minta-perubahan|jadwalkan|terbitkan|tarik}")
    String step(
            Actor actor,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam(defaultValue = "") String catatan,
            @RequestParam(defaultValue = "") String waktu,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        var story = switch (step) {
            case "ajukan" -> newsroom.submit(actor, site.id(), id);
            case "minta-perubahan" -> newsroom.requestChanges(actor, site.id(), id, catatan);
            case "jadwalkan" -> newsroom.schedule(actor, site.id(), id, scheduleTime(site, waktu));
            case "terbitkan" -> newsroom.publish(actor, site.id(), id);
            default -> newsroom.unpublish(actor, site.id(), id);
        };
        redirect.addFlashAttribute(
                DeskSupport.MESSAGE, "Status sekarang: " + story.status().label() + ".");
        return "redirect:" + DeskSupport.storyPath(site, id);
    }

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/pemberitahuan")
    String notice(
            Actor actor,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @RequestParam(defaultValue = "RALAT") String jenis,
            @RequestParam(defaultValue = "") String teks,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        var kind = "HAK_JAWAB".equals(jenis) ? Notice.Kind.HAK_JAWAB : Notice.Kind.RALAT;
        newsroom.addNotice(actor, site.id(), id, kind, teks);
        redirect.addFlashAttribute(DeskSupport.MESSAGE, kind.label() + " ditambahkan pada artikel.");
        return "redirect:" + DeskSupport.storyPath(site, id);
    }

    private static ModelAndView saved(Site site, long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(DeskSupport.MESSAGE, "Tersimpan.");
        return new ModelAndView("redirect:" + DeskSupport.storyPath(site, id));
    }

    /** The form back on screen, with the newsroom's reason beside the field that named another site's id. */
    private ModelAndView refused(Actor actor, CsrfToken csrf, Site site, Story story, StoryForm form, DraftRefused e) {
        var errors = Map.of(e.field(), e.getReason());
        return editor(actor, csrf, site, story, form, errors, null, null, HttpStatus.BAD_REQUEST);
    }

    private static java.time.Instant scheduleTime(Site site, String waktu) {
        try {
            return LocalDateTime.parse(waktu.strip()).atZone(site.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new id.redaksi.newsroom.WorkflowRefused("Isi waktu jadwal dengan tanggal dan jam yang valid.");
        }
    }

    private ModelAndView editor(
            Actor actor,
            CsrfToken csrf,
            Site site,
            Story story,
            StoryForm form,
            Map<String, String> errors,
            String message,
            String conflict,
            HttpStatus status) {
        var role = support.role(actor, site);
        boolean editable = story == null || story.editableBy(actor);
        var history = story == null ? java.util.List.<AuditLog.Entry>of() : audit.ofStory(story.id());
        var publicUrl = story != null && story.firstPublishedAt() != null && story.isLive()
                ? site.url("/baca/" + story.id())
                : null;
        var page = new EditorPage(
                DeskSupport.desk(actor, csrf),
                site,
                role,
                story,
                form,
                errors,
                message,
                conflict,
                editable,
                bylines.of(site.id(), story),
                history,
                publicUrl);
        return new ModelAndView("newsroom/editor", Map.of("page", page), status);
    }
}

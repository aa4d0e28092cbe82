package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.FormErrors;
import id.redaksi.account.NewsroomWords;
import id.redaksi.media.MediaLibrary;
import id.redaksi.newsroom.DraftRefused;
import id.redaksi.newsroom.Drafting;
import id.redaksi.newsroom.LiveCoverage;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.newsroom.StoryChanged;
import id.redaksi.newsroom.WorkflowRefused;
import id.redaksi.newsroom.WorkflowStep;
import id.redaksi.site.Site;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
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
    private final Drafting drafting;
    private final EditorPages pages;
    private final DeskSupport support;
    private final MediaLibrary media;
    private final LiveCoverage coverage;

    StoryController(
            Newsroom newsroom,
            Drafting drafting,
            EditorPages pages,
            DeskSupport support,
            MediaLibrary media,
            LiveCoverage coverage) {
        this.newsroom = newsroom;
        this.coverage = coverage;
        this.drafting = drafting;
        this.media = media;
        this.pages = pages;
        this.support = support;
    }

    @InitBinder
    void steps(WebDataBinder binder) {
        binder.registerCustomEditor(DeskStep.class, new DeskStep.Editor());
    }

    @GetMapping("/redaksi/{siteSlug}/cerita/baru")
    ModelAndView blank(Actor actor, CsrfToken csrf, @PathVariable String siteSlug) {
        var site = support.site(siteSlug);
        return pages.render(actor, csrf, site, null, StoryForm.blank(actor.personId()), Map.of(), null, HttpStatus.OK);
    }

    @PostMapping("/redaksi/{siteSlug}/cerita")
    ModelAndView create(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @Valid @ModelAttribute StoryForm form,
            BindingResult binding,
            @RequestParam(required = false) DeskStep langkah,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        support.role(actor, site);
        var problems = FormErrors.of(binding);
        if (!problems.isEmpty()) {
            return pages.render(actor, csrf, site, null, form, problems, null, HttpStatus.BAD_REQUEST);
        }
        // a new story's form offers its next step beside Simpan: the story is saved first, so nothing typed is lost
        var step = langkah == null ? null : langkah.with(site, "", "");
        try {
            var story = drafting.create(actor, site.id(), form.toDraft(), form.topicNames());
            rememberPicture(site, form);
            coverage.mark(actor, site.id(), story.id(), form.isLiveReport());
            if (step != null) {
                return takeFirstStep(actor, site, story.id(), step, redirect);
            }
            return redirect(DeskSupport.storyPath(site, story.id()), NewsroomWords.t("editor.saved"), redirect);
        } catch (DraftRefused e) {
            return pages.render(
                    actor, csrf, site, null, form, Map.of(e.field(), e.getReason()), null, HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/redaksi/{siteSlug}/cerita/{id}")
    ModelAndView open(Actor actor, CsrfToken csrf, @PathVariable String siteSlug, @PathVariable long id, Model model) {
        var site = support.site(siteSlug);
        var story = newsroom.find(actor, site.id(), id);
        // only the desk's own redirect leaves a message, as a flash attribute: an address cannot carry one
        var message = DeskSupport.message(model);
        return pages.render(actor, csrf, site, story, pages.saved(story), Map.of(), message, HttpStatus.OK);
    }

    /**
     * Saves the form; with a {@code langkah} (a workflow button of the form) saves it and then takes that step, so
     * nothing typed before the click is left behind. Whatever refuses it answers the form back with the text in it.
     */
    @PostMapping("/redaksi/{siteSlug}/cerita/{id}")
    ModelAndView save(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @Valid @ModelAttribute StoryForm form,
            BindingResult binding,
            @RequestParam(required = false) DeskStep langkah,
            @RequestParam(defaultValue = "") String catatan,
            @RequestParam(defaultValue = "") String waktu,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        var story = newsroom.find(actor, site.id(), id);
        var problems = FormErrors.of(binding);
        if (!problems.isEmpty()) {
            return pages.render(actor, csrf, site, story, form, problems, null, HttpStatus.BAD_REQUEST);
        }
        var path = DeskSupport.storyPath(site, id);
        try {
            if (langkah == null) {
                drafting.save(actor, site.id(), id, form.version(), form.toDraft(), form.topicNames());
                rememberPicture(site, form);
                coverage.mark(actor, site.id(), id, form.isLiveReport());
                return redirect(path, NewsroomWords.t("editor.saved"), redirect);
            }
            // marked before the step: a report published from this form goes out as one
            coverage.mark(actor, site.id(), id, form.isLiveReport());
            var step = langkah.with(site, catatan, waktu);
            var moved =
                    drafting.saveAndTake(actor, site.id(), id, form.version(), form.toDraft(), form.topicNames(), step);
            rememberPicture(site, form);
            return redirect(
                    path,
                    NewsroomWords.t(
                            "editor.statusNow",
                            NewsroomWords.t("status." + moved.status().name())),
                    redirect);
        } catch (DraftRefused e) {
            return pages.render(
                    actor, csrf, site, story, form, Map.of(e.field(), e.getReason()), null, HttpStatus.BAD_REQUEST);
        } catch (StoryChanged e) {
            return pages.conflict(actor, csrf, site, newsroom.find(actor, site.id(), id), form, e.savedBy());
        } catch (WorkflowRefused e) {
            return pages.render(
                    actor, csrf, site, story, form, Map.of("step", e.getReason()), null, HttpStatus.CONFLICT);
        }
    }

    /** A step on the story as saved, without a form (the form's own buttons go through {@link #save}). */
    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/{step:" + DeskStep.NAMES + "}")
    ModelAndView step(
            Actor actor,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @PathVariable DeskStep step,
            @RequestParam(defaultValue = "") String catatan,
            @RequestParam(defaultValue = "") String waktu,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        var story = newsroom.take(actor, site.id(), id, step.with(site, catatan, waktu));
        return redirect(
                DeskSupport.storyPath(site, id),
                NewsroomWords.t(
                        "editor.statusNow",
                        NewsroomWords.t("status." + story.status().name())),
                redirect);
    }

    private ModelAndView takeFirstStep(
            Actor actor, Site site, long id, WorkflowStep step, RedirectAttributes redirect) {
        var path = DeskSupport.storyPath(site, id);
        try {
            var moved = newsroom.take(actor, site.id(), id, step);
            return redirect(
                    path,
                    NewsroomWords.t(
                            "editor.statusNow",
                            NewsroomWords.t("status." + moved.status().name())),
                    redirect);
        } catch (WorkflowRefused e) {
            return redirect(path, NewsroomWords.t("editor.savedNotMoved", e.getReason()), redirect);
        }
    }

    private static ModelAndView redirect(String path, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute(DeskSupport.MESSAGE, message);
        return new ModelAndView("redirect:" + path);
    }

    /**
     * The caption and credit saved with a lead picture, or with a photo story's picture, are offered again the next
     * time it is picked.
     */
    private void rememberPicture(Site site, StoryForm form) {
        var draft = form.toDraft();
        if (draft.imageId() != null) {
            media.remember(site.id(), draft.imageId(), form.imageCaption(), form.imageCredit());
        }
        draft.gallery()
                .forEach(picture -> media.remember(site.id(), picture.imageId(), picture.caption(), picture.credit()));
    }
}

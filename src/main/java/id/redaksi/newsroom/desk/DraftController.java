package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.NewsroomWords;
import id.redaksi.newsroom.DraftBuffer;
import id.redaksi.newsroom.EditingPresence;
import id.redaksi.newsroom.Newsroom;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the open editor page does in the background so that no word is lost: autosave into the story's draft buffer,
 * offer it back, beat to say who has the story open, take it over, and keep the session alive.
 */
@Controller
class DraftController {

    private final Newsroom newsroom;
    private final DraftBuffer buffer;
    private final EditingPresence presence;
    private final EditorPages pages;
    private final DeskSupport support;
    private final JsonMapper json;

    DraftController(
            Newsroom newsroom,
            DraftBuffer buffer,
            EditingPresence presence,
            EditorPages pages,
            DeskSupport support,
            JsonMapper json) {
        this.newsroom = newsroom;
        this.buffer = buffer;
        this.presence = presence;
        this.pages = pages;
        this.support = support;
        this.json = json;
    }

    record Autosaved(String disimpan) {}

    record Session(String token) {}

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/autosave")
    @ResponseBody
    Autosaved autosave(
            Actor actor, @PathVariable String siteSlug, @PathVariable long id, @ModelAttribute StoryForm form) {
        var site = support.site(siteSlug);
        var at = buffer.keep(actor, site.id(), id, json.writeValueAsString(form));
        return new Autosaved(EditorPages.CLOCK.format(at.atZone(site.zone())));
    }

    /** The editor with this user's autosave in the form, on the version it was typed on (a conflict if saved since). */
    @GetMapping(value = "/redaksi/{siteSlug}/cerita/{id}", params = "pulihkan")
    ModelAndView restore(Actor actor, CsrfToken csrf, @PathVariable String siteSlug, @PathVariable long id) {
        var site = support.site(siteSlug);
        var story = newsroom.find(actor, site.id(), id);
        var form = buffer.find(actor, site.id(), id)
                .map(a -> json.readValue(a.fields(), StoryForm.class))
                .orElseGet(() -> pages.saved(story));
        var message = NewsroomWords.t("editor.autosave.restored");
        return pages.render(actor, csrf, site, story, form, Map.of(), message, HttpStatus.OK);
    }

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/autosave/buang")
    ModelAndView discard(
            Actor actor, @PathVariable String siteSlug, @PathVariable long id, RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        buffer.discard(actor, site.id(), id);
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("editor.autosave.discarded"));
        return new ModelAndView("redirect:" + DeskSupport.storyPath(site, id));
    }

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/sunting")
    @ResponseBody
    EditingPresence.Presence heartbeat(Actor actor, @PathVariable String siteSlug, @PathVariable long id) {
        return presence.heartbeat(actor, support.site(siteSlug).id(), id);
    }

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/ambil-alih")
    @ResponseBody
    EditingPresence.Presence takeOver(Actor actor, @PathVariable String siteSlug, @PathVariable long id) {
        var site = support.site(siteSlug);
        presence.takeOver(actor, site.id(), id);
        return presence.heartbeat(actor, site.id(), id);
    }

    /** A keep-alive while a page is being typed in, and the token a page needs after logging in again in place. */
    @GetMapping("/redaksi/sesi")
    @ResponseBody
    Session session(Actor actor, CsrfToken csrf) {
        return new Session(csrf.getToken());
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.NewsroomWords;
import id.redaksi.newsroom.NoteThread;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The note thread of a story, written from its editor page. */
@Controller
class NoteController {

    private final NoteThread notes;
    private final DeskSupport support;

    NoteController(NoteThread notes, DeskSupport support) {
        this.notes = notes;
        this.support = support;
    }

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/catatan")
    ModelAndView add(
            Actor actor,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String isi,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        notes.add(actor, site.id(), id, isi);
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("notes.sent"));
        return new ModelAndView("redirect:" + DeskSupport.storyPath(site, id) + "#catatan-naskah");
    }
}

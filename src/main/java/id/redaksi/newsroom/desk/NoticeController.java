package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.NewsroomWords;
import id.redaksi.article.Notice;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.newsroom.Notices;
import id.redaksi.newsroom.desk.StoryPages.NoticesPage;
import java.time.Instant;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A story's corrections and rights of reply: previewed before they are added, then changed or removed. */
@Controller
class NoticeController {

    private final Newsroom newsroom;
    private final Notices notices;
    private final DeskSupport support;

    NoticeController(Newsroom newsroom, Notices notices, DeskSupport support) {
        this.newsroom = newsroom;
        this.notices = notices;
        this.support = support;
    }

    @GetMapping("/redaksi/{siteSlug}/cerita/{id}/pemberitahuan")
    ModelAndView list(Actor actor, CsrfToken csrf, @PathVariable String siteSlug, @PathVariable long id, Model model) {
        return page(actor, csrf, siteSlug, id, null, DeskSupport.message(model));
    }

    /** Adds the notice, or with {@code aksi=pratinjau} shows it as readers will see it, adding nothing. */
    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/pemberitahuan")
    ModelAndView add(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @RequestParam(name = "jenis", defaultValue = "RALAT") Notice.Kind kind,
            @RequestParam(defaultValue = "") String teks,
            @RequestParam(defaultValue = "") String aksi,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        if ("pratinjau".equals(aksi)) {
            return page(actor, csrf, siteSlug, id, new Notice(kind, teks.strip(), Instant.now()), null);
        }
        notices.add(actor, site.id(), id, kind, teks);
        return redirect(DeskSupport.storyPath(site, id), NewsroomWords.t("notices.added." + kind.name()), redirect);
    }

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/pemberitahuan/{noticeId}")
    ModelAndView change(
            Actor actor,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @PathVariable long noticeId,
            @RequestParam(defaultValue = "") String teks,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        notices.change(actor, site.id(), id, noticeId, teks);
        return redirect(DeskSupport.storyPath(site, id) + "/pemberitahuan", NewsroomWords.t("live.saved"), redirect);
    }

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/pemberitahuan/{noticeId}/hapus")
    ModelAndView remove(
            Actor actor,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @PathVariable long noticeId,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        notices.remove(actor, site.id(), id, noticeId);
        return redirect(
                DeskSupport.storyPath(site, id) + "/pemberitahuan", NewsroomWords.t("notices.deleted"), redirect);
    }

    private ModelAndView page(Actor actor, CsrfToken csrf, String siteSlug, long id, Notice preview, String message) {
        var site = support.site(siteSlug);
        var issued = notices.of(actor, site.id(), id);
        var story = newsroom.find(actor, site.id(), id);
        return new ModelAndView(
                "newsroom/notices",
                "page",
                new NoticesPage(DeskSupport.desk(actor, csrf), site, story, issued, preview, message));
    }

    private static ModelAndView redirect(String path, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute(DeskSupport.MESSAGE, message);
        return new ModelAndView("redirect:" + path);
    }
}

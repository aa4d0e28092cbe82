package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.FormErrors;
import id.redaksi.account.NewsroomWords;
import id.redaksi.account.Role;
import id.redaksi.article.Slugs;
import id.redaksi.newsroom.SiteProfiles;
import id.redaksi.newsroom.desk.SettingsPages.PageEditorPage;
import id.redaksi.newsroom.desk.SettingsPages.SettingsPage;
import id.redaksi.newsroom.desk.SettingsPages.SitePageForm;
import id.redaksi.site.Site;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A site's settings (name, language, the footer's) and its static pages, for its site admins and the network admin. */
@Controller
class SiteSettingsController {

    private final DeskSupport support;
    private final SiteProfiles profiles;

    SiteSettingsController(DeskSupport support, SiteProfiles profiles) {
        this.support = support;
        this.profiles = profiles;
    }

    @GetMapping("/redaksi/{slug}/pengaturan")
    ModelAndView settings(Actor actor, CsrfToken csrf, @PathVariable String slug, Model model) {
        var site = adminsSite(actor, slug);
        var page = new SettingsPage(
                desk(actor, csrf), site, SiteSettingsForm.of(site), Map.of(), "", null, message(model));
        return new ModelAndView("newsroom/settings", Map.of("page", page));
    }

    @PostMapping("/redaksi/{slug}/pengaturan")
    ModelAndView save(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String slug,
            @Valid @ModelAttribute SiteSettingsForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        var site = adminsSite(actor, slug);
        var errors = new LinkedHashMap<>(FormErrors.of(binding));
        if (form.verified()
                && (form.pressCertificate() == null || form.pressCertificate().isBlank())) {
            errors.putIfAbsent("pressCertificate", SiteSettingsForm.CERTIFICATE);
        }
        if (!errors.isEmpty()) {
            var page = new SettingsPage(desk(actor, csrf), site, form, errors, "", null, null);
            return new ModelAndView("newsroom/settings", Map.of("page", page), HttpStatus.BAD_REQUEST);
        }
        profiles.update(actor, site, form.change());
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("settings.saved"));
        return new ModelAndView("redirect:/redaksi/" + slug + "/pengaturan");
    }

    /** Adds a page by its title, which makes its address; the editor opens on it. */
    @PostMapping("/redaksi/{slug}/pengaturan/halaman")
    ModelAndView addPage(
            Actor actor, CsrfToken csrf, @PathVariable String slug, @RequestParam(defaultValue = "") String title) {
        var site = adminsSite(actor, slug);
        var address = Slugs.of(title);
        String error = null;
        if (title.strip().length() > 120 || title.chars().noneMatch(Character::isLetterOrDigit)) {
            error = "Judul halaman wajib diisi (paling banyak 120 karakter), dengan huruf atau angka.";
        } else if (site.profile().page(address).isPresent()) {
            error = "Situs ini sudah punya halaman /halaman/" + address + ".";
        }
        if (error != null) {
            var form = SiteSettingsForm.of(site);
            var page = new SettingsPage(desk(actor, csrf), site, form, Map.of(), title, error, null);
            return new ModelAndView("newsroom/settings", Map.of("page", page), HttpStatus.BAD_REQUEST);
        }
        profiles.savePage(actor, site, address, title.strip(), "");
        return new ModelAndView("redirect:/redaksi/" + slug + "/pengaturan/halaman/" + address);
    }

    @GetMapping("/redaksi/{slug}/pengaturan/halaman/{page}")
    ModelAndView editPage(
            Actor actor, CsrfToken csrf, @PathVariable String slug, @PathVariable String page, Model model) {
        var site = adminsSite(actor, slug);
        var existing = site.profile().page(page).orElseThrow(() -> noPage(page));
        var form = new SitePageForm(existing.title(), existing.bodyHtml());
        var editor = new PageEditorPage(desk(actor, csrf), site, page, form, Map.of(), message(model));
        return new ModelAndView("newsroom/site-page", Map.of("page", editor));
    }

    @PostMapping("/redaksi/{slug}/pengaturan/halaman/{page}")
    ModelAndView savePage(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String slug,
            @PathVariable String page,
            @Valid @ModelAttribute SitePageForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        var site = adminsSite(actor, slug);
        site.profile().page(page).orElseThrow(() -> noPage(page));
        if (binding.hasErrors()) {
            var editor = new PageEditorPage(desk(actor, csrf), site, page, form, FormErrors.of(binding), null);
            return new ModelAndView("newsroom/site-page", Map.of("page", editor), HttpStatus.BAD_REQUEST);
        }
        profiles.savePage(actor, site, page, form.title().strip(), form.body());
        redirect.addFlashAttribute(
                DeskSupport.MESSAGE,
                NewsroomWords.t("sitePage.saved", form.title().strip()));
        return new ModelAndView("redirect:/redaksi/" + slug + "/pengaturan/halaman/" + page);
    }

    /** The site, once the actor is its admin: whoever else asks is refused before anything of it is read. */
    private Site adminsSite(Actor actor, String slug) {
        var site = support.site(slug);
        actor.require(Role.SITE_ADMIN, site.id());
        return site;
    }

    private static ResponseStatusException noPage(String page) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no page " + page);
    }

    private static DeskPages.Desk desk(Actor actor, CsrfToken csrf) {
        return DeskSupport.desk(actor, csrf);
    }

    private static String message(Model model) {
        return DeskSupport.message(model);
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.FormErrors;
import id.redaksi.account.NewsroomWords;
import id.redaksi.account.Role;
import id.redaksi.newsroom.AuditLog;
import id.redaksi.site.Sites;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A site's ad slots, the ad networks its pages may load, and its ads.txt: the site admin's to set. */
@Controller
class AdsController {

    private final DeskSupport support;
    private final Sites sites;
    private final AuditLog audit;

    AdsController(DeskSupport support, Sites sites, AuditLog audit) {
        this.support = support;
        this.sites = sites;
        this.audit = audit;
    }

    @GetMapping("/redaksi/{siteSlug}/iklan")
    ModelAndView show(Actor actor, CsrfToken csrf, @PathVariable String siteSlug, Model model) {
        var site = support.site(siteSlug);
        actor.require(Role.SITE_ADMIN, site.id());
        var page = new AdminPages.AdsPage(
                DeskSupport.desk(actor, csrf), site, AdsForm.of(site.ads()), Map.of(), DeskSupport.message(model));
        return new ModelAndView("newsroom/ads", Map.of("page", page));
    }

    @PostMapping("/redaksi/{siteSlug}/iklan")
    ModelAndView save(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @Valid @ModelAttribute AdsForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        actor.require(Role.SITE_ADMIN, site.id());
        var errors = new LinkedHashMap<>(FormErrors.of(binding));
        if (errors.isEmpty()) {
            errors.putAll(form.problems());
        }
        if (!errors.isEmpty()) {
            var page = new AdminPages.AdsPage(DeskSupport.desk(actor, csrf), site, form, errors, null);
            return new ModelAndView("newsroom/ads", Map.of("page", page), HttpStatus.BAD_REQUEST);
        }
        var ads = form.toAds();
        sites.changeAds(site.id(), ads);
        audit.recordSiteChange(site.id(), actor, "mengubah iklan", String.join(" ", ads.origins()));
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("ads.saved"));
        return new ModelAndView("redirect:/redaksi/" + site.slug() + "/iklan");
    }
}

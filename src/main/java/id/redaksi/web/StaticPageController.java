package id.redaksi.web;

import id.redaksi.site.Site;
import id.redaksi.web.Pages.StaticPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A site's static pages (the masthead, the cyber-media guideline, contact, ...), held in memory with the site. */
@Controller
class StaticPageController {

    @GetMapping("/halaman/{slug}")
    String staticPage(Site site, @PathVariable String slug, Model model) {
        var page = site.profile().page(slug).orElseThrow(() -> new NotFound("page " + slug));
        var meta = Meta.of(
                page.title() + " - " + site.name(), page.title() + " " + site.name() + ".", site.url(page.path()));
        model.addAttribute("page", new StaticPage(new Chrome(site, meta), page));
        return "web/static-page";
    }
}

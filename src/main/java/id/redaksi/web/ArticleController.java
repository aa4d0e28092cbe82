package id.redaksi.web;

import id.redaksi.article.Articles;
import id.redaksi.article.Withdrawal;
import id.redaksi.site.PublicWords;
import id.redaksi.site.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The article page. Any address with the article's id leads to it: a wrong date or slug is a 301 to the canonical one. */
@Controller
class ArticleController {

    private final Articles articles;
    private final ArticlePages pages;

    ArticleController(Articles articles, ArticlePages pages) {
        this.articles = articles;
        this.pages = pages;
    }

    @GetMapping({"/baca/{id}", "/baca/{id}/{*rest}"})
    Object article(Site site, @PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        var found = articles.find(site.id(), id);
        if (found.isEmpty()) {
            return articles.withdrawal(site.id(), id)
                    .map(withdrawal -> withdrawn(site, withdrawal, response))
                    .orElseThrow(() -> new NotFound("article " + id));
        }
        var article = found.get();
        var canonical = article.path(site.zone());
        if (!canonical.equals(request.getRequestURI())) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .header(HttpHeaders.LOCATION, canonical)
                    .build();
        }
        return new ModelAndView("web/article", "page", pages.build(site, article, false));
    }

    /**
     * Every address of a withdrawn article answers 410 with the notice of its withdrawal, as the Pedoman Pemberitaan
     * Media Siber asks: not indexed, and (being no 200) never kept by the page cache or a CDN, so a republication
     * shows at once.
     */
    private static ModelAndView withdrawn(Site site, Withdrawal withdrawal, HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex");
        var heading = PublicWords.of(site.language(), "withdrawn.heading");
        var chrome = new Chrome(site, Meta.of(heading + " - " + site.name(), withdrawal.reason(), site.url("/")))
                .withoutAds();
        var page = new Pages.WithdrawnPage(
                chrome,
                withdrawal.title(),
                withdrawal.reason(),
                SiteTime.format(withdrawal.at(), site),
                SiteTime.iso(withdrawal.at(), site.zone()));
        var answer = new ModelAndView("web/withdrawn", "page", page);
        answer.setStatus(HttpStatus.GONE);
        return answer;
    }
}

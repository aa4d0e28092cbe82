package id.redaksi.web;

import id.redaksi.article.Articles;
import id.redaksi.site.Site;
import jakarta.servlet.http.HttpServletRequest;
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
    Object article(Site site, @PathVariable String id, HttpServletRequest request) {
        var article = articles.find(site.id(), id).orElseThrow(() -> new NotFound("article " + id));
        var canonical = article.path(site.zone());
        if (!canonical.equals(request.getRequestURI())) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .header(HttpHeaders.LOCATION, canonical)
                    .build();
        }
        return new ModelAndView("web/article", "page", pages.build(site, article, false));
    }
}

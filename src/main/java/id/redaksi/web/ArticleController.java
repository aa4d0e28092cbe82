package id.redaksi.web;

import id.redaksi.article.Article;
import id.redaksi.article.ArticleBody;
import id.redaksi.article.ArticleCard;
import id.redaksi.article.Articles;
import id.redaksi.readership.ReadCounts;
import id.redaksi.site.Site;
import id.redaksi.web.Pages.ArticlePage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
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

    /** Candidates for the in-body links and the list at the end; the body takes at most two. */
    private static final int RELATED = 6;

    private final Articles articles;
    private final StructuredData structuredData;
    private final ReadCounts reads;

    ArticleController(Articles articles, StructuredData structuredData, ReadCounts reads) {
        this.articles = articles;
        this.structuredData = structuredData;
        this.reads = reads;
    }

    @GetMapping({"/baca/{id}", "/baca/{id}/{*rest}"})
    Object article(Site site, @PathVariable String id, HttpServletRequest request) {
        var article = parseId(id).flatMap(n -> articles.find(site.id(), n)).orElseThrow(() -> new NotFound("article " + id));
        var canonical = article.path(site.zone());
        if (!canonical.equals(request.getRequestURI())) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, canonical).build();
        }
        return new ModelAndView("web/article", "page", page(site, article));
    }

    private ArticlePage page(Site site, Article article) {
        var rubric = site.rubric(article.rubricId()).orElseThrow();
        var related = articles.related(article, RELATED);
        var dateline = article.datelineOverride() != null ? article.datelineOverride() : site.dateline();
        var body = ArticleBody.layout(article.bodyHtml(), dateline, related.size());
        int inBody = (int) body.stream().filter(b -> b instanceof ArticleBody.RelatedSlot).count();
        List<ArticleCard> bacaJuga = related.subList(0, inBody);
        var imageUrl = article.image() == null ? null : site.url(article.image().path());
        var description = article.seoDescription() != null ? article.seoDescription() : article.lead();
        var title = (article.seoTitle() != null ? article.seoTitle() : article.title()) + " - " + site.name();
        var meta = new Meta(title, description, site.url(article.path(site.zone())), "article", imageUrl,
                List.of(structuredData.newsArticle(site, article, rubric), structuredData.breadcrumb(site, article, rubric)));
        return new ArticlePage(new Chrome(site, meta, rubric.slug()), article, rubric, dateline, body, bacaJuga,
                related.subList(inBody, related.size()), reads.total(article.id()));
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id)).filter(n -> n > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

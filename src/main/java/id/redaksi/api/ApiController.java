package id.redaksi.api;

import id.redaksi.article.ArticleLists;
import id.redaksi.article.Articles;
import id.redaksi.article.LiveReports;
import id.redaksi.article.RelatedArticles;
import id.redaksi.article.Topics;
import id.redaksi.readership.MostRead;
import id.redaksi.readership.ReadCounts;
import id.redaksi.search.Search;
import id.redaksi.search.SearchOrder;
import id.redaksi.search.SearchQuery;
import id.redaksi.site.Site;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The API's endpoints; each reads the site named by the Host header, like the site's own pages. */
@RestController
@RequestMapping("/api/v1")
class ApiController {

    private final Articles articles;
    private final ArticleLists lists;
    private final RelatedArticles related;
    private final Topics topics;
    private final Search search;
    private final MostRead mostRead;
    private final ReadCounts readCounts;

    private final LiveReports liveReports;

    ApiController(
            Articles articles,
            ArticleLists lists,
            RelatedArticles related,
            Topics topics,
            Search search,
            MostRead mostRead,
            ReadCounts readCounts,
            LiveReports liveReports) {
        this.liveReports = liveReports;
        this.articles = articles;
        this.lists = lists;
        this.related = related;
        this.topics = topics;
        this.search = search;
        this.mostRead = mostRead;
        this.readCounts = readCounts;
    }

    @GetMapping("/site")
    SiteView site(Site site) {
        return SiteView.of(site);
    }

    @GetMapping("/articles")
    ArticleList latest(
            Site site, @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        var paging = Paging.of(limit, cursor);
        return ArticleList.of(
                site,
                lists.latestBefore(
                        site.id(), paging.after().publishedAt(), paging.after().id(), paging.limit() + 1),
                paging.limit());
    }

    @GetMapping("/rubrics/{slug}/articles")
    ArticleList rubric(
            Site site,
            @PathVariable String slug,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        var rubric = site.rubric(slug).orElseThrow(() -> new ApiNotFound("This site has no rubric '" + slug + "'."));
        var paging = Paging.of(limit, cursor);
        return ArticleList.of(
                site,
                lists.inRubricBefore(
                        rubric.id(),
                        paging.after().publishedAt(),
                        paging.after().id(),
                        paging.limit() + 1),
                paging.limit());
    }

    @GetMapping("/topics/{slug}/articles")
    ArticleList topic(
            Site site,
            @PathVariable String slug,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        var topic = topics.bySlug(site.id(), slug)
                .orElseThrow(() -> new ApiNotFound("This site has no topic '" + slug + "'."));
        var paging = Paging.of(limit, cursor);
        return ArticleList.of(
                site,
                lists.withTopicBefore(
                        topic.id(), paging.after().publishedAt(), paging.after().id(), paging.limit() + 1),
                paging.limit());
    }

    @GetMapping("/articles/{id}")
    ArticleDetail article(Site site, @PathVariable String id) {
        var found = articles.find(site.id(), id);
        if (found.isEmpty()) {
            throw articles.withdrawal(site.id(), id)
                    .<RuntimeException>map(ApiGone::new)
                    .orElseGet(() -> new ApiNotFound("This site has no article " + id + "."));
        }
        var article = found.get();
        var live = article.live() == null ? null : LiveView.of(site, article.live(), liveReports.updates(article.id()));
        return ArticleDetail.of(
                site, article, readCounts.total(article.id()), live, related.related(article, RelatedArticles.RELATED));
    }

    @GetMapping("/most-read")
    MostReadList mostRead(
            Site site,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String rubric,
            @RequestParam(required = false) String limit) {
        var errors = new ArrayList<Problem.FieldError>();
        var window = MostReadList.window(period, errors);
        var inRubric =
                rubric == null || rubric.isEmpty() ? null : site.rubric(rubric).orElse(null);
        if (inRubric == null && rubric != null && !rubric.isEmpty()) {
            errors.add(new Problem.FieldError("rubric", "is not a rubric of this site"));
        }
        int size = Paging.limit(limit, errors);
        InvalidParameter.throwIfAny(errors);
        var cards = inRubric == null
                ? mostRead.onSite(site.id(), window, size)
                : mostRead.inRubric(site.id(), inRubric.id(), window, size);
        return new MostReadList(
                period == null || period.isEmpty() ? MostReadList.DAY : period,
                rubric,
                ArticleSummary.all(site, cards));
    }

    @GetMapping("/search")
    SearchResults search(
            Site site,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String page) {
        var errors = new ArrayList<Problem.FieldError>();
        var order = searchOrder(sort, errors);
        var text = SearchQuery.typed(q);
        if (text.isEmpty() || text.length() > SearchQuery.MAX_LENGTH) {
            errors.add(new Problem.FieldError("q", "must be 1 to " + SearchQuery.MAX_LENGTH + " characters"));
        } else if (SearchQuery.tooManyOperators(text)) {
            errors.add(new Problem.FieldError("q", "may hold at most " + SearchQuery.MAX_MINUS_SIGNS + " minus signs"));
        }
        int size = Paging.limit(limit, errors);
        int number = Paging.searchPage(page, size, errors);
        InvalidParameter.throwIfAny(errors);
        var result =
                search.search(new SearchQuery(site.id(), text, null, null, null, order, (number - 1) * size, size));
        return SearchResults.of(site, text, number, size, result);
    }

    private static SearchOrder searchOrder(String sort, List<Problem.FieldError> errors) {
        if (sort == null || sort.isEmpty() || sort.equals("newest")) {
            return SearchOrder.NEWEST;
        }
        if (sort.equals("relevance")) {
            return SearchOrder.RELEVANCE;
        }
        errors.add(new Problem.FieldError("sort", "must be newest or relevance"));
        return SearchOrder.NEWEST;
    }
}

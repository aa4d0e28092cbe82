package id.redaksi.web;

import id.redaksi.article.ArticleCard;
import id.redaksi.article.ArticleLists;
import id.redaksi.frontpage.FrontPages;
import id.redaksi.frontpage.Place;
import id.redaksi.readership.MostRead;
import id.redaksi.readership.Window;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import id.redaksi.web.Pages.HomePage;
import id.redaksi.web.Pages.RubricBlock;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The front page of a site; a host that belongs to no site gets the network's list of sites instead. */
@Controller
class HomeController {

    private static final int LATEST = 12;
    private static final int PER_RUBRIC = 4;

    private final Sites sites;
    private final ArticleLists articles;
    private final StructuredData structuredData;
    private final MostRead mostRead;
    private final FrontPages frontPages;
    private final OldLinks oldLinks;

    HomeController(
            Sites sites,
            ArticleLists articles,
            StructuredData structuredData,
            MostRead mostRead,
            FrontPages frontPages,
            OldLinks oldLinks) {
        this.sites = sites;
        this.articles = articles;
        this.structuredData = structuredData;
        this.mostRead = mostRead;
        this.frontPages = frontPages;
        this.oldLinks = oldLinks;
    }

    /**
     * {@code /?p=123} and {@code /?page_id=12}, WordPress's own addresses of a post and a page, for a site that moved
     * here from WordPress.
     */
    @GetMapping(value = "/", params = "p")
    ModelAndView oldPost(HttpServletRequest request) {
        var site = sites.byHost(request.getServerName()).orElseThrow(() -> new NotFound("no site"));
        return oldLinks.target(site, request)
                .map(path -> ErrorPages.movedPermanently(site.url(path)))
                .orElseThrow(() -> new NotFound("no such post"));
    }

    @GetMapping(value = "/", params = "page_id")
    ModelAndView oldPage(HttpServletRequest request) {
        return oldPost(request);
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        var site = sites.byHost(request.getServerName());
        if (site.isEmpty()) {
            model.addAttribute("page", new Pages.NetworkPage(sites.all()));
            return "web/network";
        }
        model.addAttribute("page", page(site.get()));
        return "web/home";
    }

    private HomePage page(Site site) {
        // enough of the newest to fill every curated slot whose pick expired, and the latest below them
        var newest = articles.latest(site.id(), 0, LATEST + Place.HEADLINE.slots() + Place.PICK.slots());
        var front = frontPages.of(site.id(), null, newest, 1);
        var shown = front.shown();
        Map<Long, List<ArticleCard>> byRubric =
                articles
                        .latestPerRubric(
                                site.id(),
                                site.rubrics().stream().map(Rubric::id).toList(),
                                PER_RUBRIC)
                        .stream()
                        .collect(Collectors.groupingBy(ArticleCard::rubricId));
        var blocks = site.rubrics().stream()
                .filter(r -> byRubric.containsKey(r.id()))
                .map(r -> new RubricBlock(r, byRubric.get(r.id())))
                .toList();
        var meta = new Meta(
                site.name() + " - " + site.tagline(),
                site.tagline(),
                site.url("/"),
                "website",
                null,
                List.of(structuredData.organization(site), structuredData.webSite(site)));
        return new HomePage(
                new Chrome(site, meta),
                front.headline(),
                front.picks(),
                newest.stream()
                        .filter(c -> !shown.contains(c.id()))
                        .limit(LATEST)
                        .toList(),
                blocks,
                mostRead.onSite(site.id(), Window.DAY, MostReadController.BOX));
    }
}

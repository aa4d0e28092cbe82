package id.redaksi.web;

import id.redaksi.article.ArticleCard;
import id.redaksi.article.ArticleLists;
import id.redaksi.article.People;
import id.redaksi.article.Topics;
import id.redaksi.frontpage.FrontPages;
import id.redaksi.frontpage.Slot;
import id.redaksi.readership.MostRead;
import id.redaksi.readership.Window;
import id.redaksi.site.PublicWords;
import id.redaksi.site.Site;
import id.redaksi.web.Pages.ListPage;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The paginated lists of a site: a rubric (kanal), a topic (topik), a person (penulis), photo stories (foto) and
 * videos.
 */
@Controller
class ListController {

    private final ArticleLists articles;
    private final Topics topics;
    private final People people;
    private final MostRead mostRead;
    private final FrontPages frontPages;

    ListController(ArticleLists articles, Topics topics, People people, MostRead mostRead, FrontPages frontPages) {
        this.articles = articles;
        this.topics = topics;
        this.people = people;
        this.mostRead = mostRead;
        this.frontPages = frontPages;
    }

    @GetMapping("/kanal/{slug}")
    String rubric(
            Site site,
            @PathVariable String slug,
            @RequestParam(name = "halaman", required = false) String page,
            Model model) {
        var rubric = site.rubric(slug).orElseThrow(() -> new NotFound("rubric " + slug));
        var list = list(site, "/kanal/" + slug, page, (offset, limit) -> articles.inRubric(rubric.id(), offset, limit));
        // the rubric's headline stands above its first page only; the rows of that page fill its expired slots
        var headline = list.page() == 1
                ? frontPages.of(site.id(), rubric.id(), list.rows(), 0).headline()
                : List.<Slot>of();
        model.addAttribute(
                "page",
                list.titled(
                        rubric.slug(),
                        "list.rubric",
                        rubric.name(),
                        PublicWords.of(site.language(), "list.rubric.intro", rubric.name(), site.name()),
                        mostRead.inRubric(site.id(), rubric.id(), Window.DAY, MostReadController.BOX),
                        headline));
        return "web/list";
    }

    @GetMapping("/topik/{slug}")
    String topic(
            Site site,
            @PathVariable String slug,
            @RequestParam(name = "halaman", required = false) String page,
            Model model) {
        var topic = topics.bySlug(site.id(), slug).orElseThrow(() -> new NotFound("topic " + slug));
        var list = list(site, "/topik/" + slug, page, (offset, limit) -> articles.withTopic(topic.id(), offset, limit));
        model.addAttribute(
                "page",
                list.titled(
                        null,
                        "list.topic",
                        topic.name(),
                        PublicWords.of(site.language(), "list.topic.intro", topic.name(), site.name())));
        return "web/list";
    }

    @GetMapping("/penulis/{slug}")
    String person(
            Site site,
            @PathVariable String slug,
            @RequestParam(name = "halaman", required = false) String page,
            Model model) {
        var person = people.bySlug(slug).orElseThrow(() -> new NotFound("person " + slug));
        var list = list(
                site,
                "/penulis/" + slug,
                page,
                (offset, limit) -> articles.creditedTo(site.id(), person.id(), offset, limit));
        var intro = person.bio().isBlank()
                ? PublicWords.of(site.language(), "list.person.intro", person.name(), site.name())
                : person.bio();
        model.addAttribute("page", list.titled(null, "list.person", person.name(), intro));
        return "web/list";
    }

    @GetMapping("/foto")
    String photos(Site site, @RequestParam(name = "halaman", required = false) String page, Model model) {
        var list = list(site, "/foto", page, (offset, limit) -> articles.photoStories(site.id(), offset, limit));
        model.addAttribute(
                "page",
                list.titled(
                        null,
                        "list.photos",
                        PublicWords.of(site.language(), "list.photos.heading"),
                        PublicWords.of(site.language(), "list.photos.intro", site.name())));
        return "web/list";
    }

    @GetMapping("/video")
    String videos(Site site, @RequestParam(name = "halaman", required = false) String page, Model model) {
        var list = list(site, "/video", page, (offset, limit) -> articles.videos(site.id(), offset, limit));
        model.addAttribute(
                "page",
                list.titled(
                        null,
                        "list.videos",
                        PublicWords.of(site.language(), "list.videos.heading"),
                        PublicWords.of(site.language(), "list.videos.intro", site.name())));
        return "web/list";
    }

    private Listing list(
            Site site, String path, String pageParam, BiFunction<Integer, Integer, List<ArticleCard>> query) {
        int page = PageNumber.parse(pageParam);
        var rows = query.apply(PageNumber.offset(page), PageNumber.SIZE + 1);
        if (rows.isEmpty() && page > 1) {
            throw new NotFound(path + " page " + page);
        }
        return new Listing(site, path, page, rows);
    }

    private record Listing(Site site, String path, int page, List<ArticleCard> rows) {

        /** @param kind the list's words in the bundle: its kicker is {@code kind + ".kicker"} */
        ListPage titled(String activeRubric, String kind, String heading, String description) {
            return titled(activeRubric, kind, heading, description, List.of(), List.of());
        }

        ListPage titled(
                String activeRubric,
                String kind,
                String heading,
                String description,
                List<ArticleCard> mostRead,
                List<Slot> headline) {
            var canonical = site.url(PageNumber.path(path, page));
            var numbered = page > 1 ? PublicWords.of(site.language(), "list.pageTitle", heading, page) : heading;
            var title = numbered + " - " + site.name();
            var chrome = new Chrome(site, Meta.of(title, description, canonical), activeRubric);
            var onTop = headline.stream().map(slot -> slot.card().id()).toList();
            var shown = rows.stream()
                    .limit(PageNumber.SIZE)
                    .filter(card -> !onTop.contains(card.id()))
                    .toList();
            return new ListPage(
                    chrome,
                    chrome.t(kind + ".kicker"),
                    heading,
                    description,
                    shown,
                    PageNumber.pager(path, page, rows.size() > PageNumber.SIZE),
                    null,
                    mostRead,
                    headline);
        }
    }
}

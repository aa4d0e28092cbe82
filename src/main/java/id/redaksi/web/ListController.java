package id.redaksi.web;

import id.redaksi.article.ArticleCard;
import id.redaksi.article.ArticleLists;
import id.redaksi.article.People;
import id.redaksi.article.Topics;
import id.redaksi.frontpage.FrontPages;
import id.redaksi.frontpage.Slot;
import id.redaksi.readership.MostRead;
import id.redaksi.readership.Window;
import id.redaksi.site.Site;
import id.redaksi.web.Pages.ListPage;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The paginated lists of a site: a rubric (kanal), a topic (topik) and a person (penulis). */
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
                        "Kanal",
                        rubric.name(),
                        "Berita " + rubric.name() + " terbaru dari " + site.name() + ".",
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
                        "Topik",
                        topic.name(),
                        "Kumpulan berita tentang " + topic.name() + " di " + site.name() + "."));
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
        var intro = person.bio().isBlank() ? "Tulisan " + person.name() + " di " + site.name() + "." : person.bio();
        model.addAttribute("page", list.titled(null, "Penulis", person.name(), intro));
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

        ListPage titled(String activeRubric, String kicker, String heading, String description) {
            return titled(activeRubric, kicker, heading, description, List.of(), List.of());
        }

        ListPage titled(
                String activeRubric,
                String kicker,
                String heading,
                String description,
                List<ArticleCard> mostRead,
                List<Slot> headline) {
            var canonical = site.url(PageNumber.path(path, page));
            var title = heading + (page > 1 ? " - Halaman " + page : "") + " - " + site.name();
            var chrome = new Chrome(site, Meta.of(title, description, canonical), activeRubric);
            var onTop = headline.stream().map(slot -> slot.card().id()).toList();
            var shown = rows.stream()
                    .limit(PageNumber.SIZE)
                    .filter(card -> !onTop.contains(card.id()))
                    .toList();
            return new ListPage(
                    chrome,
                    kicker,
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

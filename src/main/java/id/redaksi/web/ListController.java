package id.redaksi.web;

import id.redaksi.article.ArticleCard;
import id.redaksi.article.ArticleLists;
import id.redaksi.article.People;
import id.redaksi.article.Topics;
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

    ListController(ArticleLists articles, Topics topics, People people, MostRead mostRead) {
        this.articles = articles;
        this.topics = topics;
        this.people = people;
        this.mostRead = mostRead;
    }

    @GetMapping("/kanal/{slug}")
    String rubric(
            Site site,
            @PathVariable String slug,
            @RequestParam(name = "halaman", required = false) String page,
            Model model) {
        var rubric = site.rubric(slug).orElseThrow(() -> new NotFound("rubric " + slug));
        var list = list(site, "/kanal/" + slug, page, (offset, limit) -> articles.inRubric(rubric.id(), offset, limit));
        model.addAttribute(
                "page",
                list.titled(
                        rubric.slug(),
                        "Kanal",
                        rubric.name(),
                        "Berita " + rubric.name() + " terbaru dari " + site.name() + ".",
                        mostRead.inRubric(site.id(), rubric.id(), Window.DAY, MostReadController.BOX)));
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

    @GetMapping("/foto")
    String photos(Site site, @RequestParam(name = "halaman", required = false) String page, Model model) {
        var list = list(site, "/foto", page, (offset, limit) -> articles.photoStories(site.id(), offset, limit));
        model.addAttribute(
                "page",
                list.titled(
                        null,
                        PublicWords.of(site.language(), "list.photos.heading"),
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
                        PublicWords.of(site.language(), "list.videos.heading"),
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

        ListPage titled(String activeRubric, String kicker, String heading, String description) {
            return titled(activeRubric, kicker, heading, description, List.of());
        }

        ListPage titled(
                String activeRubric, String kicker, String heading, String description, List<ArticleCard> mostRead) {
            var canonical = site.url(PageNumber.path(path, page));
            var title = heading + (page > 1 ? " - Halaman " + page : "") + " - " + site.name();
            var chrome = new Chrome(site, Meta.of(title, description, canonical), activeRubric);
            var shown = rows.stream().limit(PageNumber.SIZE).toList();
            return new ListPage(
                    chrome,
                    kicker,
                    heading,
                    description,
                    shown,
                    PageNumber.pager(path, page, rows.size() > PageNumber.SIZE),
                    null,
                    mostRead);
        }
    }
}

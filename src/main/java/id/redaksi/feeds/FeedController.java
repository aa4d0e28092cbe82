package id.redaksi.feeds;

import id.redaksi.article.Topics;
import id.redaksi.feeds.Feeds.Channel;
import id.redaksi.site.PublicWords;
import id.redaksi.site.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** RSS 2.0 feeds: the whole site, one rubric (kanal) and one topic (topik); the newest 50 articles each. */
@Controller
class FeedController {

    private final Feeds feeds;
    private final Topics topics;

    FeedController(Feeds feeds, Topics topics) {
        this.feeds = feeds;
        this.topics = topics;
    }

    @GetMapping("/rss.xml")
    void site(Site site, HttpServletRequest request, HttpServletResponse response) throws IOException {
        feeds.answer(
                site,
                FeedScope.site(site.id()),
                new Channel(site.name(), "/", PublicWords.of(site.language(), "feed.site", site.name()), "/rss.xml"),
                request,
                response);
    }

    @GetMapping("/kanal/{slug}/rss.xml")
    void rubric(Site site, @PathVariable String slug, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var rubric = site.rubric(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        feeds.answer(
                site,
                FeedScope.rubric(site.id(), rubric.id()),
                new Channel(
                        rubric.name() + " - " + site.name(),
                        "/kanal/" + slug,
                        PublicWords.of(site.language(), "list.rubric.intro", rubric.name(), site.name()),
                        "/kanal/" + slug + "/rss.xml"),
                request,
                response);
    }

    @GetMapping("/topik/{slug}/rss.xml")
    void topic(Site site, @PathVariable String slug, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var topic = topics.bySlug(site.id(), slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        feeds.answer(
                site,
                FeedScope.topic(site.id(), topic.id()),
                new Channel(
                        topic.name() + " - " + site.name(),
                        "/topik/" + slug,
                        PublicWords.of(site.language(), "list.topic.intro", topic.name(), site.name()),
                        "/topik/" + slug + "/rss.xml"),
                request,
                response);
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.article.Article;
import id.redaksi.article.People;
import id.redaksi.article.Person;
import id.redaksi.article.Topics;
import id.redaksi.media.MediaLibrary;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.newsroom.Story;
import id.redaksi.newsroom.WorkflowRefused;
import id.redaksi.web.ArticlePages;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The draft in the real article template, before anything is published. */
@Controller
class PreviewController {

    private final Newsroom newsroom;
    private final People people;
    private final Topics topics;
    private final MediaLibrary media;
    private final ArticlePages pages;
    private final DeskSupport support;
    private final Clock clock;

    PreviewController(
            Newsroom newsroom,
            People people,
            Topics topics,
            MediaLibrary media,
            ArticlePages pages,
            DeskSupport support,
            Clock clock) {
        this.newsroom = newsroom;
        this.people = people;
        this.topics = topics;
        this.media = media;
        this.pages = pages;
        this.support = support;
        this.clock = clock;
    }

    @GetMapping("/redaksi/{siteSlug}/cerita/{id}/pratinjau")
    ModelAndView preview(Actor actor, @PathVariable String siteSlug, @PathVariable long id) {
        var site = support.site(siteSlug);
        var story = newsroom.find(actor, site.id(), id);
        if (story.draft().rubricId() == null) {
            throw new WorkflowRefused("Pilih kanal dulu: pratinjau memakai tampilan kanal.");
        }
        return pages.preview(site, asArticle(story));
    }

    private Article asArticle(Story story) {
        var d = story.draft();
        var now = clock.instant();
        var writers = people.byIds(d.writerIds()).stream().map(Person::credit).toList();
        var editor = d.editorId() == null
                ? null
                : people.byIds(List.of(d.editorId())).stream()
                        .findFirst()
                        .map(Person::credit)
                        .orElse(null);
        var image = d.imageId() == null
                ? null
                : media.image(story.siteId(), d.imageId()).orElse(null);
        var published = story.firstPublishedAt() != null ? story.firstPublishedAt() : now;
        return new Article(
                story.id(),
                story.siteId(),
                d.rubricId(),
                d.title(),
                d.slug(),
                d.lead(),
                d.bodyHtml(),
                d.seoTitle(),
                d.seoDescription(),
                d.datelineOverride(),
                image,
                d.imageCaption(),
                d.imageCredit(),
                writers,
                editor,
                topics.byIds(d.topicIds()),
                List.of(),
                published,
                now);
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.article.ArticlePreviews;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.newsroom.WorkflowRefused;
import id.redaksi.web.ArticlePages;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The draft in the real article template, before anything is published: the article publishing would store
 * ({@link id.redaksi.newsroom.Story#asPublished}), shown as its page would show it.
 */
@Controller
class PreviewController {

    private final Newsroom newsroom;
    private final ArticlePreviews previews;
    private final ArticlePages pages;
    private final DeskSupport support;
    private final Clock clock;

    PreviewController(
            Newsroom newsroom, ArticlePreviews previews, ArticlePages pages, DeskSupport support, Clock clock) {
        this.newsroom = newsroom;
        this.previews = previews;
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
        return pages.preview(site, previews.preview(story.asPublished(clock.instant())));
    }
}

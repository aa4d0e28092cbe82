package id.redaksi.web;

import id.redaksi.article.Article;
import id.redaksi.article.ArticleBody;
import id.redaksi.article.ArticleCard;
import id.redaksi.article.LiveReports;
import id.redaksi.article.RelatedArticles;
import id.redaksi.article.YouTubeVideo;
import id.redaksi.readership.ReadCounts;
import id.redaksi.readership.ReadTokens;
import id.redaksi.site.AdPlacement;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import id.redaksi.web.Pages.ArticlePage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds the article page: for readers, and for the newsroom's preview of a draft, which must look exactly
 * like what readers will get (same template, same related links) without being counted or cached.
 */
@Component
public class ArticlePages {

    private final RelatedArticles related;
    private final StructuredData structuredData;
    private final ReadCounts reads;
    private final ReadTokens readTokens;
    private final LiveReports liveReports;

    ArticlePages(
            RelatedArticles related,
            StructuredData structuredData,
            ReadCounts reads,
            ReadTokens readTokens,
            LiveReports liveReports) {
        this.related = related;
        this.liveReports = liveReports;
        this.structuredData = structuredData;
        this.reads = reads;
        this.readTokens = readTokens;
    }

    /** The real article template around a draft; the newsroom serves it under its own never-cached path. */
    public ModelAndView preview(Site site, Article draft) {
        return new ModelAndView("web/article", "page", build(site, draft, true));
    }

    ArticlePage build(Site site, Article article, boolean preview) {
        var rubric = site.rubric(article.rubricId()).orElseThrow();
        var live = article.live() == null
                ? null
                : new Pages.LiveSection(article.live(), liveReports.updates(article.id()));
        var related = this.related.related(article, RelatedArticles.RELATED);
        var dateline = article.dateline(site.dateline());
        var meta = meta(site, article, rubric, live);
        // a preview shows what readers will read, never an ad: the ad's code must not run in the newsroom
        var chrome =
                preview ? new Chrome(site, meta, rubric.slug()).withoutAds() : new Chrome(site, meta, rubric.slug());
        var adAfter = chrome.ad(AdPlacement.IN_ARTICLE) == null ? 0 : site.ads().inArticleAfter();
        var body = ArticleBody.layout(
                article.content().bodyHtml(),
                dateline,
                new ArticleBody.Layout(
                        related.size(), adAfter, article.content().sponsored()));
        int inBody = (int)
                body.stream().filter(b -> b instanceof ArticleBody.RelatedSlot).count();
        List<ArticleCard> bacaJuga = related.subList(0, inBody);
        return new ArticlePage(
                chrome,
                article,
                rubric,
                dateline,
                body,
                bacaJuga,
                related.subList(inBody, related.size()),
                preview ? 0 : reads.total(article.id()),
                preview ? null : readTokens.forArticle(site.id(), article.id()),
                preview,
                live,
                ShareLinks.of(meta.canonicalUrl(), article.content().title()));
    }

    /**
     * What share previews show: the lead picture, else a photo story's first picture, each at the size WhatsApp
     * shows ({@link id.redaksi.media.Image#sharePath}); else a video's still from YouTube.
     */
    private static String shareImage(Site site, Article article) {
        if (article.image() != null) {
            return site.url(article.image().sharePath());
        }
        if (!article.gallery().isEmpty()) {
            return site.url(article.gallery().getFirst().image().sharePath());
        }
        return article.content().video().map(YouTubeVideo::thumbnailUrl).orElse(null);
    }

    private Meta meta(Site site, Article article, Rubric rubric, Pages.LiveSection live) {
        var description = article.content().seoDescription() != null
                ? article.content().seoDescription()
                : article.content().lead();
        var title = (article.content().seoTitle() != null
                        ? article.content().seoTitle()
                        : article.content().title()) + " - " + site.name();
        var jsonLd = new ArrayList<>(List.of(
                structuredData.newsArticle(site, article, rubric, live),
                structuredData.breadcrumb(site, article, rubric)));
        if (!article.gallery().isEmpty()) {
            jsonLd.add(structuredData.imageGallery(site, article));
        }
        article.content().video().ifPresent(video -> jsonLd.add(structuredData.videoObject(site, article, video)));
        return new Meta(
                title,
                description,
                site.url(article.path(site.zone())),
                "article",
                shareImage(site, article),
                List.copyOf(jsonLd));
    }
}

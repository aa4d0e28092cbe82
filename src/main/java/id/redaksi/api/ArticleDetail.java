package id.redaksi.api;

import id.redaksi.api.ArticleSummary.ImageView;
import id.redaksi.api.SiteView.Link;
import id.redaksi.article.Article;
import id.redaksi.article.ArticleCard;
import id.redaksi.article.Credit;
import id.redaksi.article.Notice;
import id.redaksi.article.YouTubeVideo;
import id.redaksi.site.PublicWords;
import id.redaksi.site.Site;
import java.util.List;

/**
 * A whole article as its page shows it.
 *
 * @param dateline what the page puts in front of the first paragraph, such as {@code MALANGTIMES}
 * @param bodyHtml sanitised HTML, without the dateline and the in-body links to related articles
 * @param writers in the order of the byline
 * @param editor null when the article credits none
 * @param reads how many times readers have read it ("Dibaca N kali"), as of the last flush, a quarter second ago
 * @param notices corrections and rights of reply, oldest first
 * @param live the report's state and updates when the article is a live report, else null
 * @param gallery a photo story's pictures in order, each with its caption and credit; empty for other articles
 * @param video the YouTube video the article leads with, or null
 */
record ArticleDetail(
        long id,
        String url,
        String title,
        String lead,
        String dateline,
        String bodyHtml,
        String publishedAt,
        String updatedAt,
        long reads,
        Link rubric,
        List<Link> writers,
        Link editor,
        List<Link> topics,
        ImageView image,
        List<ImageView> gallery,
        VideoView video,
        List<NoticeView> notices,
        LiveView live,
        List<ArticleSummary> related) {

    static ArticleDetail of(Site site, Article a, long reads, LiveView live, List<ArticleCard> related) {
        var zone = site.zone();
        return new ArticleDetail(
                a.id(),
                site.url(a.path(zone)),
                a.content().title(),
                a.content().lead(),
                a.dateline(site.dateline()),
                a.content().bodyHtml(),
                ApiTime.iso(a.publishedAt(), zone),
                ApiTime.iso(a.updatedAt(), zone),
                reads,
                site.rubric(a.rubricId()).map(r -> Link.rubric(site, r)).orElse(null),
                a.writers().stream().map(w -> person(site, w)).toList(),
                a.editor() == null ? null : person(site, a.editor()),
                a.topics().stream()
                        .map(t -> new Link(t.slug(), t.name(), site.url("/topik/" + t.slug())))
                        .toList(),
                ImageView.of(
                        site, a.image(), a.content().imageCaption(), a.content().imageCredit()),
                a.gallery().stream()
                        .map(g -> ImageView.of(site, g.image(), g.caption(), g.credit()))
                        .toList(),
                a.content().video().map(VideoView::of).orElse(null),
                a.notices().stream().map(n -> NoticeView.of(n, site)).toList(),
                live,
                ArticleSummary.all(site, related));
    }

    private static Link person(Site site, Credit credit) {
        return new Link(credit.slug(), credit.name(), site.url("/penulis/" + credit.slug()));
    }

    /**
     * @param url the video's page on YouTube
     * @param embedUrl the privacy-enhanced player ({@code youtube-nocookie.com}) an app embeds
     * @param thumbnailUrl YouTube's still of the video
     */
    record VideoView(String url, String embedUrl, String thumbnailUrl) {

        static VideoView of(YouTubeVideo video) {
            return new VideoView(video.watchUrl(), video.embedUrl(), video.thumbnailUrl());
        }
    }

    /**
     * @param kind RALAT (correction) or HAK_JAWAB (right of reply)
     * @param label how the page names the kind, in the site's language
     */
    record NoticeView(String kind, String label, String text, String at) {

        static NoticeView of(Notice notice, Site site) {
            return new NoticeView(
                    notice.kind().name(),
                    PublicWords.of(
                            site.language(), "article.notice." + notice.kind().name()),
                    notice.text(),
                    ApiTime.iso(notice.at(), site.zone()));
        }
    }
}

package id.redaksi.web;

import id.redaksi.article.Article;
import id.redaksi.article.ArticleBody;
import id.redaksi.article.ArticleCard;
import id.redaksi.article.LiveReport;
import id.redaksi.article.LiveUpdate;
import id.redaksi.frontpage.Slot;
import id.redaksi.readership.Window;
import id.redaksi.search.SearchResult;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import id.redaksi.site.SitePage;
import java.util.List;

/** The typed models of the public templates, one record per page. */
public final class Pages {

    private Pages() {}

    /** A page in a site's look; {@link AdPolicy} reads its chrome to decide what the page may load. */
    public interface PublicPage {
        Chrome chrome();
    }

    /**
     * @param headline Berita Utama, the lead first: the editors' picks, or the newest story
     * @param picks Pilihan Redaksi, empty when the editors pick none
     */
    public record HomePage(
            Chrome chrome,
            List<Slot> headline,
            List<Slot> picks,
            List<ArticleCard> latest,
            List<RubricBlock> rubrics,
            List<ArticleCard> mostRead)
            implements PublicPage {}

    /** One of the site's static pages at {@code /halaman/{slug}}. */
    public record StaticPage(Chrome chrome, SitePage page) {}

    public record RubricBlock(Rubric rubric, List<ArticleCard> articles) {}

    /**
     * Rubric, topic, person and day-index pages: a heading and a paginated list, newest first.
     *
     * @param mostRead the rubric's most read of the last 24 hours; empty on other lists
     * @param headline the rubric's Berita Utama on its first page, as its editors picked it; empty on other lists
     */
    public record ListPage(
            Chrome chrome,
            String kicker,
            String heading,
            String intro,
            List<ArticleCard> articles,
            Pager pager,
            Pager dayPager,
            List<ArticleCard> mostRead,
            List<Slot> headline)
            implements PublicPage {}

    /** @param windows the tabs, in order */
    public record MostReadPage(
            Chrome chrome, String heading, Window window, Window[] windows, List<ArticleCard> articles)
            implements PublicPage {

        /** The page's one address per window: the 24 hours are the plain {@code /terpopuler}. */
        public static String path(Window window) {
            return window == Window.DAY ? "/terpopuler" : "/terpopuler?periode=" + window.param();
        }
    }

    /** Links to the neighbouring pages, each null when there is none; the keys name their links' words. */
    public record Pager(String previous, String next, String previousKey, String nextKey) {

        public Pager(String previous, String next) {
            this(previous, next, "pager.previous", "pager.next");
        }

        public boolean isEmpty() {
            return previous == null && next == null;
        }
    }

    /**
     * @param reads how many times the article was read, as of the last flush of the counter
     * @param readToken what the page's read beacon sends to be counted; null in a preview, which is not counted
     * @param live the report's state and updates when the article is a live report, else null
     */
    public record ArticlePage(
            Chrome chrome,
            Article article,
            Rubric rubric,
            String dateline,
            List<ArticleBody.Block> body,
            List<ArticleCard> bacaJuga,
            List<ArticleCard> related,
            long reads,
            String readToken,
            boolean preview,
            LiveSection live,
            ShareLinks share)
            implements PublicPage {

        /** "Dibaca 12.345 kali", "Read 12,345 times". */
        public String readsLabel() {
            return chrome.t("article.reads", reads);
        }
    }

    /** A live report's part of its page: its state, and its updates with pinned ones first, then the newest. */
    public record LiveSection(LiveReport report, List<LiveUpdate> updates) {

        /** The newest update's id, which the page's poll asks for what came after; 0 when there is none. */
        public long last() {
            return updates.stream().mapToLong(LiveUpdate::id).max().orElse(0);
        }
    }

    /** A withdrawn article's address: what it was, why it was withdrawn and when, in the site's zone. */
    public record WithdrawnPage(Chrome chrome, String title, String reason, String time, String isoTime)
            implements PublicPage {}

    /** @param chrome null when the request's host belongs to no site of the network */
    public record ErrorPage(Chrome chrome, int status, String heading, String message) implements PublicPage {}

    /**
     * @param message why nothing was searched, or null
     * @param result null when nothing was searched
     * @param suggestionUrl the "Maksud Anda" search, or null
     */
    public record SearchPage(
            Chrome chrome,
            SearchForm form,
            String heading,
            String message,
            SearchResult result,
            String suggestionUrl,
            Pager pager)
            implements PublicPage {

        /** "12 hasil", or "lebih dari 1.000 hasil" when the search found more than it counts. */
        public String countLabel() {
            return chrome.t(result.more() ? "search.countMore" : "search.count", result.total());
        }
    }

    public record NetworkPage(List<Site> sites) {}
}

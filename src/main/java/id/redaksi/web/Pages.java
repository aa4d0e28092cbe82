package id.redaksi.web;

import id.redaksi.article.Article;
import id.redaksi.article.ArticleBody;
import id.redaksi.article.ArticleCard;
import id.redaksi.readership.Window;
import id.redaksi.search.SearchResult;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The typed models of the public templates, one record per page. */
public final class Pages {

    private Pages() {}

    /** A page in a site's look; {@link AdPolicy} reads its chrome to decide what the page may load. */
    public interface PublicPage {
        Chrome chrome();
    }

    public record HomePage(
            Chrome chrome,
            ArticleCard headline,
            List<ArticleCard> latest,
            List<RubricBlock> rubrics,
            List<ArticleCard> mostRead)
            implements PublicPage {}

    public record RubricBlock(Rubric rubric, List<ArticleCard> articles) {}

    /**
     * Rubric, topic, person and day-index pages: a heading and a paginated list, newest first.
     *
     * @param mostRead the rubric's most read of the last 24 hours; empty on other lists
     */
    public record ListPage(
            Chrome chrome,
            String kicker,
            String heading,
            String intro,
            List<ArticleCard> articles,
            Pager pager,
            Pager dayPager,
            List<ArticleCard> mostRead)
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

    /** Links to the neighbouring pages, each null when there is none. */
    public record Pager(String previous, String next, String previousLabel, String nextLabel) {

        public Pager(String previous, String next) {
            this(previous, next, "Sebelumnya", "Berikutnya");
        }

        public boolean isEmpty() {
            return previous == null && next == null;
        }
    }

    /**
     * @param reads how many times the article was read, as of the last flush of the counter
     * @param readToken what the page's read beacon sends to be counted; null in a preview, which is not counted
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
            boolean preview)
            implements PublicPage {

        /** "Dibaca 12.345 kali". */
        public String readsLabel() {
            return "Dibaca " + count(reads) + " kali";
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
            return (result.more() ? "lebih dari " : "") + count(result.total()) + " hasil";
        }
    }

    /** A count written the Indonesian way, with a dot between thousands. */
    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID")).format(n);
    }

    public record NetworkPage(List<Site> sites) {}
}

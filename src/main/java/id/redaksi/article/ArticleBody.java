package id.redaksi.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lays out an article body as readers see it: the site's dateline before the first paragraph, slots for "Baca Juga"
 * links between paragraphs, and the place of the site's in-article ad. Writers never type any of them; the system
 * puts them in.
 */
public final class ArticleBody {

    /** Fewer paragraphs than this and the article gets no related link at all. */
    static final int SHORT = 4;

    /** From this many paragraphs on, the article gets a second related link. */
    static final int LONG = 8;

    /**
     * Bodies laid out lately, by everything the layout depends on (so never stale: an edited body is another key).
     * Parsing a body into nodes and writing it back was a tenth of an article page's render; a page read by many
     * readers is laid out once while it stays among the most recent. About 64 MB at most, counting each body's
     * characters twice (the key's copy and the laid-out one).
     */
    private static final Cache<Laid, List<Block>> LAID_OUT = Caffeine.newBuilder()
            .maximumWeight(64L << 20)
            .<Laid, List<Block>>weigher((laid, blocks) -> 4 * laid.bodyHtml().length() + 256)
            .build();

    private record Laid(String bodyHtml, String dateline, Layout layout) {}

    private ArticleBody() {}

    /** A piece of the laid-out body: sanitised HTML, or the place for related link number {@code slot}. */
    public sealed interface Block {}

    public record Html(String html) implements Block {}

    public record RelatedSlot(int slot) implements Block {}

    /** The place of the site's in-article ad. */
    public record AdSlot() implements Block {}

    /**
     * How the body is laid out beyond its text.
     *
     * @param relatedAvailable how many related articles there are to link; fewer slots are made if fewer exist
     * @param adAfter the paragraph (1-based) the in-article ad follows; 0 for none. An article with fewer
     *     paragraphs gets none: the ad below the article is there.
     * @param sponsored an advertorial's: its links are marked {@code rel="sponsored"}, as search engines ask of
     *     paid links
     */
    public record Layout(int relatedAvailable, int adAfter, boolean sponsored) {}

    /**
     * How many related links an article with this many paragraphs takes, and after which paragraphs (1-based).
     * Never before the second paragraph, never after the last one.
     */
    public static List<Integer> relatedPositions(int paragraphs) {
        if (paragraphs < SHORT) {
            return List.of();
        }
        if (paragraphs < LONG) {
            return List.of(2);
        }
        return List.of(2, Math.max(4, paragraphs / 2 + 1));
    }

    /** An ordinary story's body with no ad: the newsroom's and the apps' layout. */
    public static List<Block> layout(String bodyHtml, String dateline, int relatedAvailable) {
        return layout(bodyHtml, dateline, new Layout(relatedAvailable, 0, false));
    }

    /**
     * @param bodyHtml sanitised HTML, a sequence of block elements
     * @param dateline such as {@code MALANGTIMES}, put in front of the first paragraph
     */
    public static List<Block> layout(String bodyHtml, String dateline, Layout layout) {
        return LAID_OUT.get(new Laid(bodyHtml, dateline, layout), laid -> layOut(bodyHtml, dateline, layout));
    }

    private static List<Block> layOut(String bodyHtml, String dateline, Layout layout) {
        var body = Jsoup.parseBodyFragment(bodyHtml).body();
        if (layout.sponsored()) {
            body.select("a[href]").forEach(a -> a.attr("rel", (a.attr("rel") + " sponsored").strip()));
        }
        var blocks = body.childNodes().stream().filter(ArticleBody::isContent).toList();
        int paragraphs = (int) blocks.stream().filter(ArticleBody::isParagraph).count();
        var positions = relatedPositions(paragraphs).stream()
                .limit(layout.relatedAvailable())
                .toList();
        var out = new ArrayList<Block>();
        var html = new StringBuilder();
        boolean datelinePlaced = false;
        int seen = 0;
        for (var node : blocks) {
            if (!datelinePlaced && isParagraph(node)) {
                ((Element) node).prepend("<strong class=\"dateline\">" + escape(dateline) + "</strong> - ");
                datelinePlaced = true;
            }
            html.append(node instanceof Element e && e.hasClass("embed") ? Embed.render(e) : node.outerHtml());
            if (isParagraph(node)) {
                seen++;
                int slot = positions.indexOf(seen);
                if (slot >= 0) {
                    flush(html, out);
                    out.add(new RelatedSlot(slot));
                }
                if (seen == layout.adAfter()) {
                    flush(html, out);
                    out.add(new AdSlot());
                }
            }
        }
        flush(html, out);
        return List.copyOf(out);
    }

    private static void flush(StringBuilder html, List<Block> out) {
        if (!html.isEmpty()) {
            out.add(new Html(html.toString()));
            html.setLength(0);
        }
    }

    /** Sanitised HTML as readers get it, with no dateline or links placed: a live report's update. */
    public static String forReaders(String bodyHtml) {
        var html = new StringBuilder();
        for (var node : Jsoup.parseBodyFragment(bodyHtml).body().childNodes()) {
            if (isContent(node)) {
                html.append(node instanceof Element e && e.hasClass("embed") ? Embed.render(e) : node.outerHtml());
            }
        }
        return html.toString();
    }

    private static boolean isContent(Node node) {
        return !(node instanceof TextNode text) || !text.isBlank();
    }

    private static boolean isParagraph(Node node) {
        return node instanceof Element e && e.nameIs("p") && !e.text().isBlank();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

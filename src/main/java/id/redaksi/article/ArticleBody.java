package id.redaksi.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lays out an article body as readers see it: the site's dateline before the first paragraph, and slots
 * for "Baca Juga" links between paragraphs. Writers never type either; the system puts them in.
 */
public final class ArticleBody {

    /** Fewer paragraphs than this and the article gets no related link at all. */
    static final int SHORT = 4;

    /** From this many paragraphs on, the article gets a second related link. */
    static final int LONG = 8;

    private ArticleBody() {}

    /** A piece of the laid-out body: sanitised HTML, or the place for related link number {@code slot}. */
    public sealed interface Block {}

    public record Html(String html) implements Block {}

    public record RelatedSlot(int slot) implements Block {}

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

    /**
     * @param bodyHtml sanitised HTML, a sequence of block elements
     * @param dateline such as {@code MALANGTIMES}, put in front of the first paragraph
     * @param relatedAvailable how many related articles there are to link; fewer slots are made if fewer exist
     */
    public static List<Block> layout(String bodyHtml, String dateline, int relatedAvailable) {
        var body = Jsoup.parseBodyFragment(bodyHtml).body();
        var blocks = body.childNodes().stream().filter(ArticleBody::isContent).toList();
        int paragraphs = (int) blocks.stream().filter(ArticleBody::isParagraph).count();
        var positions =
                relatedPositions(paragraphs).stream().limit(relatedAvailable).toList();
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
                    out.add(new Html(html.toString()));
                    html.setLength(0);
                    out.add(new RelatedSlot(slot));
                }
            }
        }
        if (!html.isEmpty()) {
            out.add(new Html(html.toString()));
        }
        return out;
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

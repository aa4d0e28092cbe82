package id.redaksi.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns a post's content as WordPress stores it into the HTML of an article body: the block editor's comments
 * dropped, {@code [caption]} and {@code [gallery]} made figures, {@code [embed]} a paragraph holding the address
 * (which the body sanitiser makes an embed, as it does with bare YouTube, X and Instagram addresses), other
 * shortcodes removed and named, and WordPress's automatic paragraphs (a blank line ends one) written out. Pictures
 * are replaced by the library's copies; one that cannot be had is left out. The sanitiser runs after this, on
 * publication.
 */
final class WordPressContent {

    /** A cleaned body, the first paragraph's text, and what could not be carried over. */
    record Cleaned(String html, String firstParagraph, Set<String> droppedShortcodes, List<String> missingImages) {}

    /** A picture of the library that stands for a picture of the old site. */
    record Picture(String path, int width, int height) {}

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
    private static final Pattern CAPTION =
            Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("caption=\"([^\"]*)\"");
    private static final Pattern CAPTION_BODY = Pattern.compile(
            "\\s*((?:<a[^>]*>\\s*)?<img[^>]*>(?:\\s*</a>)?)(.*)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBED =
            Pattern.compile("\\[embed[^\\]]*\\]\\s*(\\S+?)\\s*\\[/embed\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDS = Pattern.compile("ids=\"([\\d,\\s]*)\"");
    /** A shortcode: a lowercase name, and attributes with {@code =} if any, so "[baca juga: ...]" stays text. */
    private static final Pattern SHORTCODE =
            Pattern.compile("\\[(/?)([a-z][a-z0-9_-]*)((?:\\s+[^\\]]*=[^\\]]*)?)\\s*/?\\]");

    private static final Pattern BLOCK_START = Pattern.compile(
            "^<(p|h[1-6]|ul|ol|li|blockquote|figure|div|table|pre|hr|iframe|script|style)\\b",
            Pattern.CASE_INSENSITIVE);

    private WordPressContent() {}

    /**
     * @param pictureById a gallery's attachment by its WordPress id
     * @param pictureByUrl an inline picture by its address on the old site
     */
    static Cleaned clean(
            String raw,
            Function<Long, Optional<Picture>> pictureById,
            Function<String, Optional<Picture>> pictureByUrl) {
        var dropped = new LinkedHashSet<String>();
        var text = BLOCK_COMMENT.matcher(raw == null ? "" : raw).replaceAll("");
        text = replace(CAPTION, text, WordPressContent::figure);
        text = replace(EMBED, text, m -> "\n\n" + m.group(1) + "\n\n");
        text = replace(GALLERY, text, m -> gallery(m.group(1), pictureById));
        text = replace(SHORTCODE, text, m -> {
            dropped.add(m.group(2));
            return "";
        });
        var document = Jsoup.parseBodyFragment(paragraphs(text));
        document.outputSettings().prettyPrint(false);
        var body = document.body();
        var missing = new ArrayList<String>();
        for (Element img : body.select("img")) {
            var src = img.attr("src");
            var picture = src.startsWith("/media/") ? Optional.<Picture>empty() : pictureByUrl.apply(src);
            if (picture.isPresent()) {
                img.attr("src", picture.get().path())
                        .attr("width", String.valueOf(picture.get().width()))
                        .attr("height", String.valueOf(picture.get().height()));
            } else if (!src.startsWith("/media/")) {
                missing.add(src);
                removeWithEmptyParents(img);
            }
        }
        var first = body.selectFirst("p");
        return new Cleaned(body.html().strip(), first == null ? "" : first.text(), dropped, List.copyOf(missing));
    }

    /** WordPress's wpautop, as much as articles need: a blank line ends a paragraph, a single one breaks a line. */
    static String paragraphs(String text) {
        var out = new StringBuilder();
        for (var chunk : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            var block = chunk.strip();
            if (block.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(block).find()) {
                out.append(block).append('\n');
            } else {
                out.append("<p>").append(block.replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return out.toString();
    }

    private static String figure(MatchResult m) {
        var attributes = m.group(1);
        var inner = CAPTION_BODY.matcher(m.group(2));
        if (!inner.matches()) {
            return m.group(2);
        }
        var caption = inner.group(2).strip();
        var given = CAPTION_ATTRIBUTE.matcher(attributes);
        if (caption.isEmpty() && given.find()) {
            caption = given.group(1);
        }
        var figcaption = caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>";
        return "\n\n<figure>" + inner.group(1).strip() + figcaption + "</figure>\n\n";
    }

    private static String gallery(String attributes, Function<Long, Optional<Picture>> pictureById) {
        var ids = IDS.matcher(attributes);
        if (!ids.find()) {
            return "";
        }
        var figures = new StringBuilder("\n\n");
        for (var id : ids.group(1).split(",")) {
            if (!id.isBlank()) {
                pictureById
                        .apply(Long.parseLong(id.strip()))
                        .ifPresent(p -> figures.append("<figure><img src=\"")
                                .append(p.path())
                                .append("\" width=\"")
                                .append(p.width())
                                .append("\" height=\"")
                                .append(p.height())
                                .append("\" alt=\"\"></figure>"));
            }
        }
        return figures.append("\n\n").toString();
    }

    private static void removeWithEmptyParents(Element img) {
        var parent = img.parent();
        img.remove();
        while (parent != null
                && !parent.tagName().equals("body")
                && parent.text().isBlank()
                && parent.select("img").isEmpty()) {
            var up = parent.parent();
            parent.remove();
            parent = up;
        }
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }
}

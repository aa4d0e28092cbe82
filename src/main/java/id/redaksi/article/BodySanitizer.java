package id.redaksi.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps only the HTML an article body may hold. Every body passes through here on its way to readers,
 * so nothing the newsroom's editor (or anyone posting to it) sends can run script on a reader's page. Embeds by
 * address are marked in the same pass; readers' pages turn them into a privacy-friendly player or link.
 */
public final class BodySanitizer {

    private static final Safelist ALLOWED = new Safelist()
            .addTags(
                    "p",
                    "h2",
                    "h3",
                    "h4",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "br",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "a",
                    "figure",
                    "figcaption",
                    "img")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("figure", "class", "data-embed")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true)
            .addEnforcedAttribute("a", "rel", "noopener");

    private BodySanitizer() {}

    public static String sanitize(String html) {
        var dirty = Jsoup.parseBodyFragment(html == null ? "" : html, "https://redaksi.invalid/");
        var clean = new Cleaner(ALLOWED).clean(dirty);
        // the attribute is not a link to the cleaner, so it checks no protocol on it: only known embeds stay
        clean.select("figure[data-embed]").stream()
                .filter(figure -> !Embed.isEmbeddable(figure.attr("data-embed")))
                .forEach(figure -> figure.removeAttr("data-embed"));
        // a paragraph holding nothing but a YouTube, X or Instagram address becomes an embed: how editors add one
        for (Element p : clean.body().select("> p")) {
            var text = p.text().strip();
            if (Embed.isEmbeddable(text)) {
                p.replaceWith(new Element("figure")
                        .addClass("embed")
                        .attr("data-embed", text)
                        .appendChild(new Element("a")
                                .attr("href", text)
                                .attr("rel", "noopener")
                                .text(text)));
            }
        }
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return clean.body().html();
    }
}

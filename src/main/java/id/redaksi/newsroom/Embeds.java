package id.redaksi.newsroom;

import id.redaksi.article.Embed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Embeds by URL: a paragraph that holds nothing but a YouTube, X or Instagram address becomes an embed
 * figure. Readers' pages turn it into a privacy-friendly player or link; no third-party script is stored.
 */
final class Embeds {

    private Embeds() {}

    static String mark(String html) {
        var body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        for (Element p : body.select("> p")) {
            var text = p.text().strip();
            if (Embed.isEmbeddable(text)) {
                p.replaceWith(new Element("figure")
                        .addClass("embed")
                        .attr("data-embed", text)
                        .appendChild(new Element("a").attr("href", text).text(text)));
            }
        }
        body.ownerDocument().outputSettings(new Document.OutputSettings().prettyPrint(false));
        return body.html();
    }
}

package id.redaksi.search;

import org.jsoup.parser.Parser;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes a {@code ts_headline} safe to put in a page. The headline is plain text cut from an HTML body, so it
 * may still hold entities and anything an author typed; it is escaped whole, and only then are the
 * selection markers, which the database put around matches, turned into {@code <mark>} elements.
 */
final class Snippet {

    /** Control characters that the body text is cleared of before the headline is made, so they mark only matches. */
    static final String START = "\u0001";

    static final String STOP = "\u0002";

    private Snippet() {}

    static String html(String headline) {
        if (headline == null) {
            return "";
        }
        var text =
                Parser.unescapeEntities(headline, false).replaceAll("\\s+", " ").strip();
        return HtmlUtils.htmlEscape(text).replace(START, "<mark>").replace(STOP, "</mark>");
    }
}

package id.redaksi.article;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * How an embed the newsroom marked ({@code <figure class="embed" data-embed="URL">}) reaches readers:
 * YouTube as a player from its no-cookie domain, loaded only when scrolled to; X and Instagram as a plain
 * link, since their widgets load scripts that track readers.
 */
final class Embed {

    /** The addresses that may be embedded; an embed figure holding any other is dropped, whoever wrote it. */
    private static final Pattern EMBEDDABLE = Pattern.compile(
            "https://(www\\.)?(youtube\\.com/watch\\?v=[\\w-]{6,}|youtu\\.be/[\\w-]{6,}|(x|twitter)\\.com/\\w+/status/\\d+"
                    + "|instagram\\.com/(p|reel)/[\\w-]+/?)\\S*");

    private static final Pattern YOUTUBE =
            Pattern.compile("https://(?:www\\.)?(?:youtube\\.com/watch\\?v=|youtu\\.be/)([\\w-]{6,20}).*");

    private Embed() {}

    static boolean isEmbeddable(String url) {
        return EMBEDDABLE.matcher(url).matches();
    }

    static String render(Element figure) {
        var url = figure.attr("data-embed");
        if (!isEmbeddable(url)) {
            return "";
        }
        var youtube = YOUTUBE.matcher(url);
        if (youtube.matches()) {
            return "<figure class=\"embed embed-video\"><iframe src=\"https://www.youtube-nocookie.com/embed/"
                    + youtube.group(1) + "\" title=\"Video YouTube\" width=\"560\" height=\"315\" loading=\"lazy\" "
                    + "allow=\"encrypted-media; picture-in-picture\" allowfullscreen></iframe></figure>";
        }
        var link = new Element("a")
                .attr("href", url)
                .attr("rel", "noopener")
                .text(url.contains("instagram.com") ? "Lihat unggahan di Instagram" : "Lihat unggahan di X");
        return new Element("figure")
                .addClass("embed")
                .appendChild(new Element("blockquote").addClass("embed-social").appendChild(link))
                .outerHtml();
    }
}

package id.redaksi.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An article's share links: plain links to each service's own share address, carrying the canonical address and
 * the title, so that sharing loads no third-party script and tracks nobody until the reader chooses a service.
 * WhatsApp first: most readers of a regional site share there. The order is the page's.
 *
 * @param url the canonical address, which "copy link" and the browser's share sheet give
 */
public record ShareLinks(String url, String title, List<Link> links) {

    /** @param key the service, which names its label ({@code share.<key>}) and its class */
    public record Link(String key, String href) {}

    public static ShareLinks of(String canonicalUrl, String title) {
        var u = encode(canonicalUrl);
        var t = encode(title);
        return new ShareLinks(
                canonicalUrl,
                title,
                List.of(
                        new Link("whatsapp", "https://wa.me/?text=" + encode(title + " " + canonicalUrl)),
                        new Link("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                        new Link("x", "https://x.com/intent/post?url=" + u + "&text=" + t),
                        new Link("telegram", "https://t.me/share/url?url=" + u + "&text=" + t),
                        new Link("line", "https://social-plugins.line.me/lineit/share?url=" + u)));
    }

    /** Percent-encoded for a query value: a space as {@code %20}, which every service reads as one. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

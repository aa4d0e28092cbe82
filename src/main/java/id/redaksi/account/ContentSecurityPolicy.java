package id.redaksi.account;

import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a page may load and run. Scripts come from the portal itself, and the one inline script, the read beacon at
 * the foot of the article page ({@code web/article.jte}), by the hash of its text: a hash stays valid in kept pages
 * and CDN copies, where a nonce would be frozen into every copy. The beacon's text holds no template output (the
 * article and its token are data attributes), so it is the same on every page; ContentSecurityPolicyTests recomputes
 * the hash from the template and fails when the script changes without it. Styles keep {@code 'unsafe-inline'}:
 * the newsroom's editor (TinyMCE) sets inline styles.
 *
 * <p>A public page that carries a site's ads also runs the ad code its site admin pasted: scripts and requests go to
 * exactly the ad networks' origins the site admin listed (and their frames come from there), and the code's inline scripts are allowed by their hashes,
 * never by {@code 'unsafe-inline'}. Every other page, the newsroom first, keeps {@link #DIRECTIVES}.
 */
public final class ContentSecurityPolicy {

    static final String BEACON = "'sha256-eVytwwI4pIPe1X4W945hyymlbndkxFJ4/BFvjre5FjM='";

    /**
     * The one origin a page without ads may frame: YouTube's privacy-enhanced player, of a video story (loaded on
     * press) and of a video in a story's text. X and Instagram posts are links. A page with ads may also frame the
     * ad networks the site admin listed.
     */
    static final String PLAYER = "https://www.youtube-nocookie.com";

    static final String DIRECTIVES = directives("", "");

    private ContentSecurityPolicy() {}

    /**
     * The policy of a page carrying ads.
     *
     * @param origins https origins, such as {@code https://securepubads.g.doubleclick.net}
     * @param scriptHashes the ad code's inline scripts, each as {@code 'sha256-…'}
     */
    public static String withAds(Collection<String> origins, Collection<String> scriptHashes) {
        var scripts = Stream.concat(origins.stream(), scriptHashes.stream()).collect(Collectors.joining(" "));
        return directives(
                scripts.isEmpty() ? "" : " " + scripts, origins.isEmpty() ? "" : " " + String.join(" ", origins));
    }

    private static String directives(String moreScripts, String moreConnections) {
        return "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
                + "script-src 'self' " + BEACON + moreScripts + "; "
                + (moreConnections.isEmpty() ? "" : "connect-src 'self'" + moreConnections + "; ")
                + "frame-src " + PLAYER + moreConnections
                + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    }
}

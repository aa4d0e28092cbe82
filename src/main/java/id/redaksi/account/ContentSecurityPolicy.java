package id.redaksi.account;

/**
 * What a page may load and run. Scripts come from the portal itself, and the one inline script, the read beacon at
 * the foot of the article page ({@code web/article.jte}), by the hash of its text: a hash stays valid in kept pages
 * and CDN copies, where a nonce would be frozen into every copy. The beacon's text holds no template output (the
 * article and its token are data attributes), so it is the same on every page; ContentSecurityPolicyTests recomputes
 * the hash from the template and fails when the script changes without it. Styles keep {@code 'unsafe-inline'}:
 * the newsroom's editor (TinyMCE) sets inline styles.
 */
final class ContentSecurityPolicy {

    static final String BEACON = "'sha256-eVytwwI4pIPe1X4W945hyymlbndkxFJ4/BFvjre5FjM='";

    /**
     * The one origin a page may frame: YouTube's privacy-enhanced player, of a video story (loaded on press) and of
     * a video in a story's text. X and Instagram posts are links, and ads are not framed by this policy.
     */
    static final String PLAYER = "https://www.youtube-nocookie.com";

    static final String DIRECTIVES =
            "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self' " + BEACON + "; frame-src " + PLAYER + "; object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'; frame-ancestors 'self'";

    private ContentSecurityPolicy() {}
}

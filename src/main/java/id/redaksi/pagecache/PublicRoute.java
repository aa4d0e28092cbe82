package id.redaksi.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * The allow-list of public addresses: what a CDN may store, and which query parameters each page reads. Everything
 * not listed here (the newsroom, the actuator, the error page, any address we have not thought of) is private.
 *
 * <p>An address is looked up by its path decoded and normalised, as Spring Security and Spring MVC see it: reading
 * the raw address would let {@code /%72edaksi/} pass for something else than the newsroom it is served as. It is
 * public only when written plainly, where decoding the raw address gives that same path; an address with a path
 * parameter ({@code ;}), a doubled slash or a {@code ..} is nobody's public page.
 */
enum PublicRoute {
    /** {@code p}: WordPress's {@code /?p=123}, answered 301 to the post's new address; never kept. */
    FRONT(Kind.PAGE, "/", "p"),
    /** What an open live report polls for ({@code setelah}: the newest update it shows); before ARTICLE, which it is. */
    LIVE_UPDATES(Kind.PAGE, "/baca/[0-9]+/pembaruan", "setelah"),
    ARTICLE(Kind.PAGE, "/baca/" + PublicRoute.SEGMENT + "(/" + PublicRoute.SEGMENT + ")*"),
    RUBRIC(Kind.PAGE, "/kanal/" + PublicRoute.SEGMENT, "halaman"),
    TOPIC(Kind.PAGE, "/topik/" + PublicRoute.SEGMENT, "halaman"),
    PERSON(Kind.PAGE, "/penulis/" + PublicRoute.SEGMENT, "halaman"),
    DAY_INDEX(Kind.PAGE, "/indeks", "tanggal", "halaman"),
    MOST_READ(Kind.PAGE, "/terpopuler", "periode"),
    PHOTOS(Kind.PAGE, "/foto", "halaman"),
    VIDEOS(Kind.PAGE, "/video", "halaman"),
    STATIC_PAGE(Kind.PAGE, "/halaman/" + PublicRoute.SEGMENT),
    SEARCH(Kind.RENDERED, "/cari"),
    ROBOTS(Kind.RENDERED, "/robots\\.txt|/ads\\.txt"),
    API(Kind.API, "/api/v1/.+"),
    FEED(Kind.STREAMED, "/rss\\.xml|/(kanal|topik)/" + PublicRoute.SEGMENT + "/rss\\.xml|/sitemap(-[a-z0-9-]+)?\\.xml"),
    FILE(Kind.FILE, "/(media|css|js|webjars)/.+|/newsroom/[a-z0-9-]+\\.(css|js)|/logo\\.png|/favicon\\.ico");

    /** How a route's answers are made, which decides how they may be kept. */
    enum Kind {
        /** An HTML page this node may keep in memory, by the parameters it reads. */
        PAGE,
        /** Rendered for each request and public, but not kept: search's queries are as many as readers' words. */
        RENDERED,
        /** The JSON API, public with a lifetime of its own. */
        API,
        /** Feeds and sitemaps, streamed rather than buffered, with validators of their own. */
        STREAMED,
        /** Static files, the same bytes for every reader: their handlers say how long they keep. */
        FILE
    }

    private static final PublicRoute[] ROUTES = values();

    /** A slug or id, as the database allows them. */
    private static final String SEGMENT = "[a-z0-9-]+";

    private final Kind kind;
    private final Pattern path;
    /** What every path of the route starts with, compared before the pattern: most routes are out at once. */
    private final String prefix;

    private final List<String> reads;

    PublicRoute(Kind kind, String path, String... reads) {
        this.kind = kind;
        this.path = Pattern.compile(path);
        this.prefix = literalPrefix(path);
        this.reads = List.of(reads);
    }

    private static String literalPrefix(String pattern) {
        if (pattern.contains("|")) {
            return "/";
        }
        int end = 0;
        while (end < pattern.length() && "\\()[]{}.+*?^$".indexOf(pattern.charAt(end)) < 0) {
            end++;
        }
        return pattern.substring(0, end);
    }

    Kind kind() {
        return kind;
    }

    /** The query parameters the page reads; any other parameter leaves it as it is. */
    List<String> reads() {
        return reads;
    }

    /** The public route at a {@link #plainPath}, or empty when the address is private. */
    static Optional<PublicRoute> of(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (var route : ROUTES) {
            if (path.startsWith(route.prefix) && route.path.matcher(path).matches()) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /**
     * The decoded, normalised path the servlet container maps (and Spring Security and MVC then match), or null
     * when the raw address is not simply its percent-encoding: a {@code ;}, {@code //} or {@code ..} that the
     * container removed.
     */
    static String plainPath(HttpServletRequest request) {
        var path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            var decoded = UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8);
            return decoded.equals(request.getContextPath() + path) ? path : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

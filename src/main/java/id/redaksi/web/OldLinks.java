package id.redaksi.web;

import id.redaksi.article.OldAddresses;
import id.redaksi.site.Site;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Where an address of the site's previous system (WordPress) lives now. Asked only for an address nothing else
 * answers, so normal pages never pay for it. Every usual permalink form of a post reaches it: the full path, any
 * path ending in its name ({@code /slug/}, {@code /2023/09/05/slug/}, {@code /berita/slug.html}), {@code /?p=123} (a page's {@code /?page_id=12}),
 * each with or without the trailing slash and with {@code amp/} or {@code ?amp=1}; other permalink structures
 * ({@code /%post_id%/}) the import stores as full paths ({@code --permalink}).
 */
@Component
class OldLinks {

    /** {@code ?p=} of a post, {@code ?page_id=} of a page: WordPress numbers both from one sequence. */
    private static final Pattern POST_ID = Pattern.compile("(?:^|&)(?:p|page_id)=(\\d{1,18})(?:&|$)");

    private static final Pattern SUFFIX = Pattern.compile("\\.(html?|php)$");

    private final OldAddresses addresses;

    OldLinks(OldAddresses addresses) {
        this.addresses = addresses;
    }

    /** The path that now answers for the address this request asked for, if any. */
    Optional<String> target(Site site, HttpServletRequest request) {
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u
                ? u
                : request.getRequestURI();
        var query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) instanceof String q
                ? q
                : request.getQueryString();
        var path = normalised(uri);
        if (path.equals("/feed")) {
            return Optional.of("/rss.xml");
        }
        return addresses.find(site.id(), candidates(path, query), site.zone());
    }

    /** The keys {@code old_address} is read by, most specific first. */
    static List<String> candidates(String path, String query) {
        var keys = new ArrayList<String>();
        var id = query == null ? null : POST_ID.matcher(query);
        if (id != null && id.find()) {
            keys.add("p:" + id.group(1));
        }
        if (!path.isEmpty()) {
            keys.add(path);
            var last = path.substring(path.lastIndexOf('/') + 1);
            keys.add("slug:" + SUFFIX.matcher(last).replaceFirst(""));
        }
        return keys;
    }

    /** The path decoded, lower case, without a trailing slash or an AMP suffix: {@code /2023/09/05/banjir}. */
    static String normalised(String uri) {
        String path;
        try {
            path = UriUtils.decode(uri == null ? "" : uri, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
        path = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (path.endsWith("/amp")) {
            path = path.substring(0, path.length() - "/amp".length()).replaceAll("/+$", "");
        }
        return path;
    }
}

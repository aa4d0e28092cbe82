package id.redaksi.web;

import id.redaksi.site.Sites;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Which requests may be answered from the page cache. Only the site's own pages, by their plain addresses: every
 * key must come from a page that rendered with 200, and the query may only hold the parameters those pages read,
 * in their valid shapes, so nobody can fill the memory by inventing addresses. Search ({@code /cari}) is not kept:
 * its queries are as many as readers' words, and few are asked twice within minutes.
 */
@Component
class CacheablePages {

    private static final Pattern PATH =
            Pattern.compile("/|/(baca|kanal|topik|penulis)/[a-z0-9/._-]+|/indeks|/terpopuler");
    private static final Pattern QUERY_PARAMETER =
            Pattern.compile("halaman=[1-9][0-9]{0,2}|tanggal=[0-9]{4}-[0-9]{2}-[0-9]{2}|periode=[a-z0-9-]{1,12}");

    private static final Pattern TRACKING = Pattern.compile("(utm_[a-z]+|fbclid|gclid)(=[^&]*)?");

    private final Sites sites;

    CacheablePages(Sites sites) {
        this.sites = sites;
    }

    Optional<PageKey> key(HttpServletRequest request) {
        var path = request.getRequestURI();
        var query = keyQuery(request.getQueryString());
        if (!PATH.matcher(path).matches() || query.isEmpty()) {
            return Optional.empty();
        }
        var host = request.getServerName().toLowerCase(Locale.ROOT);
        return sites.byHost(host).map(site -> new PageKey(site.id(), host, path, query.get()));
    }

    /**
     * The query as the page sees it: without the tracking parameters links from social media and newsletters carry
     * (no page reads them, and readers arriving that way should get the kept page), and empty when anything else
     * than the pages' own parameters is left.
     */
    private static Optional<String> keyQuery(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.of("");
        }
        var kept = Arrays.stream(query.split("&"))
                .filter(p -> !TRACKING.matcher(p).matches())
                .toList();
        if (kept.size() > 2
                || !kept.stream().allMatch(p -> QUERY_PARAMETER.matcher(p).matches())) {
            return Optional.empty();
        }
        return Optional.of(String.join("&", kept));
    }
}

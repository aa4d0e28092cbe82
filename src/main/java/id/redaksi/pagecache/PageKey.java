package id.redaksi.pagecache;

import java.util.List;

/**
 * What a cached page is found by: the host name the reader asked (a site may answer on several), the decoded path
 * and the parameters the page reads. The site's id is kept too, so purges can pick a site's pages without resolving
 * hosts.
 *
 * @param query the parameters the page reads, in {@link PublicRoute#reads()} order ({@code tanggal=...&halaman=2}),
 *     empty when there are none; see {@link CacheablePages}
 */
record PageKey(long siteId, String host, String path, String query) {

    /** Pages that list articles: any article's publication may change them, whichever rubric, topic or writer. */
    private static final List<String> LIST_PREFIXES = List.of("/kanal/", "/topik/", "/penulis/");

    /** Whether publishing or withdrawing the article may have changed this page. */
    boolean showsArticle(long site, long articleId) {
        var article = "/baca/" + articleId;
        return listsArticles(site) || siteId == site && (path.equals(article) || path.startsWith(article + "/"));
    }

    /**
     * Whether this is one of the site's lists: its front page, the index, most read, the photo and video lists, a
     * rubric, topic or person.
     */
    boolean listsArticles(long site) {
        return siteId == site
                && (path.equals("/")
                        || path.equals("/indeks")
                        || path.equals("/terpopuler")
                        || path.equals("/foto")
                        || path.equals("/video")
                        || LIST_PREFIXES.stream().anyMatch(path::startsWith));
    }

    /** A rough count of the memory the key takes, for the cache's weigher. */
    int weight() {
        return 64 + 2 * (host.length() + path.length() + query.length());
    }
}

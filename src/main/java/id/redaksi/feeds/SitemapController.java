package id.redaksi.feeds;

import id.redaksi.site.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** robots.txt and the sitemaps crawlers find through it: the index, monthly article sitemaps, pages and news. */
@Controller
class SitemapController {

    private final Sitemaps sitemaps;

    SitemapController(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    /** The newsroom and search results are no pages for an index; every crawler is told where the sitemaps are. */
    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(Site site) {
        var body = """
                User-agent: *
                Disallow: /redaksi/
                Disallow: /cari

                Sitemap: %s
                Sitemap: %s
                """.formatted(site.url("/sitemap.xml"), site.url("/sitemap-news.xml"));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(body);
    }

    @GetMapping("/sitemap.xml")
    void index(Site site, HttpServletRequest request, HttpServletResponse response) throws IOException {
        sitemaps.index(site, request, response);
    }

    @GetMapping("/sitemap-articles-{month}.xml")
    void month(Site site, @PathVariable String month, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var part = SitemapMonth.parse(month).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        sitemaps.month(site, part, request, response);
    }

    @GetMapping("/sitemap-pages.xml")
    void pages(Site site, HttpServletRequest request, HttpServletResponse response) throws IOException {
        sitemaps.pages(site, request, response);
    }

    @GetMapping("/sitemap-news.xml")
    void news(Site site, HttpServletRequest request, HttpServletResponse response) throws IOException {
        sitemaps.news(site, request, response);
    }
}

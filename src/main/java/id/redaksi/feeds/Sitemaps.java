package id.redaksi.feeds;

import id.redaksi.article.ArticlePath;
import id.redaksi.feeds.SitemapArticles.SitemapArticle;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import id.redaksi.site.SitePage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Answers sitemap requests like {@link Feeds} answers feeds: a 304 when the crawler's copy is current, otherwise
 * the sitemap streamed from the database to the response.
 */
@Component
class Sitemaps {

    static final String CONTENT_TYPE = "application/xml; charset=utf-8";
    /** Google News only takes articles of the last two days, and at most 1,000 per sitemap. */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);

    static final int NEWS_LIMIT = 1_000;

    private final SitemapArticles articles;
    private final Clock clock;

    Sitemaps(SitemapArticles articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    /** Lists every month's article sitemap (each part of a split month) and the pages sitemap. */
    void index(Site site, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var months = articles.months(site.id(), site.zone());
        var newest = months.stream()
                .map(SitemapMonth.Summary::lastModified)
                .max(Comparator.naturalOrder())
                .orElse(null);
        var digest = months.stream()
                .map(m -> m.month() + "=" + m.articles() + "@" + m.lastModified())
                .collect(Collectors.joining(",", rubrics(site) + ";", ""));
        answer(new FeedVersion(md5(digest), newest), site, request, response, xml -> {
            xml.startIndex();
            for (var month : months) {
                SitemapMonth.parts(month.month(), month.articles())
                        .forEach(part -> xml.sitemap(site.url(part.path()), month.lastModified()));
            }
            xml.sitemap(site.url("/sitemap-pages.xml"), newest);
        });
    }

    void month(Site site, SitemapMonth month, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var version = articles.monthVersion(site.id(), site.zone(), month);
        if (version.lastModified() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no articles in " + month.path());
        }
        answer(version, site, request, response, xml -> {
            xml.startUrls(false);
            articles.month(site.id(), site.zone(), month, a -> xml.url(canonical(site, a), a.updatedAt()));
        });
    }

    /** Home, the lists with articles, and the site's static pages (held with the site, so they cost no query). */
    void pages(Site site, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var statics = site.profile().pages();
        var scope = rubrics(site) + ";"
                + statics.stream().map(p -> p.slug() + "@" + p.updatedAt()).collect(Collectors.joining(","));
        var listed = articles.pagesVersion(site.id(), scope);
        var newest = Stream.concat(
                        Stream.ofNullable(listed.lastModified()),
                        statics.stream().map(SitePage::updatedAt))
                .max(Comparator.naturalOrder())
                .orElse(null);
        answer(new FeedVersion(listed.etag(), newest), site, request, response, xml -> {
            xml.startUrls(false);
            articles.pages(site.id(), page -> xml.url(site.url(page.path()), page.lastModified()));
            statics.forEach(page -> xml.url(site.url(page.path()), page.updatedAt()));
        });
    }

    /** The site's articles of the last two days, newest first; the window is measured from now, not from the newest. */
    void news(Site site, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var since = Instant.now(clock).minus(NEWS_WINDOW);
        answer(articles.newsVersion(site.id(), since, NEWS_LIMIT), site, request, response, xml -> {
            xml.startUrls(true);
            articles.news(
                    site.id(),
                    since,
                    NEWS_LIMIT,
                    a -> xml.newsUrl(canonical(site, a), site.name(), site.language(), a.publishedAt(), a.title()));
        });
    }

    private static void answer(
            FeedVersion version,
            Site site,
            HttpServletRequest http,
            HttpServletResponse response,
            Consumer<SitemapWriter> body)
            throws IOException {
        if (version.isCurrent(http, response)) {
            return;
        }
        response.setContentType(CONTENT_TYPE);
        try (var xml = new SitemapWriter(response.getOutputStream(), site.zone())) {
            body.accept(xml);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String canonical(Site site, SitemapArticle article) {
        return site.url(ArticlePath.of(article.id(), article.publishedAt(), site.zone(), article.slug()));
    }

    private static String rubrics(Site site) {
        return site.rubrics().stream().map(Rubric::slug).collect(Collectors.joining(","));
    }

    private static String md5(String text) {
        try {
            var digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}

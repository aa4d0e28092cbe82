package id.redaksi.web;

import id.redaksi.article.Article;
import id.redaksi.article.Credit;
import id.redaksi.article.Topic;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JSON-LD for search engines and Google News, serialised safely for a script element. */
@Component
class StructuredData {

    private final JsonMapper json;

    StructuredData(JsonMapper json) {
        this.json = json;
    }

    String newsArticle(Site site, Article article, Rubric rubric) {
        var zone = site.zone();
        var doc = new LinkedHashMap<String, Object>();
        doc.put("@context", "https://schema.org");
        // paid content is no news: schema.org's type for advertorials, with who paid for it
        doc.put("@type", article.content().sponsored() ? "AdvertiserContentArticle" : "NewsArticle");
        doc.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", site.url(article.path(zone))));
        doc.put("headline", article.content().title());
        doc.put("description", article.content().lead());
        if (article.image() != null) {
            doc.put("image", List.of(site.url(article.image().path())));
        }
        doc.put("datePublished", IndonesianTime.iso(article.publishedAt(), zone));
        doc.put("dateModified", IndonesianTime.iso(article.updatedAt(), zone));
        doc.put("author", article.writers().stream().map(w -> person(site, w)).toList());
        if (article.editor() != null) {
            doc.put("editor", person(site, article.editor()));
        }
        doc.put("publisher", publisher(site));
        doc.put("articleSection", rubric.name());
        doc.put("keywords", article.topics().stream().map(Topic::name).toList());
        doc.put("inLanguage", site.language());
        if (article.content().sponsored()) {
            doc.put(
                    "sponsor",
                    Map.of("@type", "Organization", "name", article.content().sponsor()));
        }
        return write(doc);
    }

    String breadcrumb(Site site, Article article, Rubric rubric) {
        var items = List.of(
                crumb(1, site.name(), site.url("/")),
                crumb(2, rubric.name(), site.url("/kanal/" + rubric.slug())),
                crumb(3, article.content().title(), site.url(article.path(site.zone()))));
        return write(Map.of("@context", "https://schema.org", "@type", "BreadcrumbList", "itemListElement", items));
    }

    String webSite(Site site) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "WebSite");
        doc.put("name", site.name());
        doc.put("url", site.url("/"));
        doc.put("inLanguage", site.language());
        doc.put("publisher", publisher(site));
        doc.put(
                "potentialAction",
                Map.of(
                        "@type", "SearchAction",
                        "target", site.url("/cari?q={search_term_string}"),
                        "query-input", "required name=search_term_string"));
        return write(doc);
    }

    String organization(Site site) {
        var doc = new LinkedHashMap<String, Object>(publisher(site));
        doc.put("@context", "https://schema.org");
        return write(doc);
    }

    private static Map<String, Object> person(Site site, Credit credit) {
        return Map.of("@type", "Person", "name", credit.name(), "url", site.url("/penulis/" + credit.slug()));
    }

    private static Map<String, Object> publisher(Site site) {
        return Map.of(
                "@type", "NewsMediaOrganization",
                "name", site.name(),
                "url", site.url("/"),
                "logo", Map.of("@type", "ImageObject", "url", site.url("/logo.png"), "width", 600, "height", 60));
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        return Map.of("@type", "ListItem", "position", position, "name", name, "item", url);
    }

    /** A script element ends at the first {@code </}; escaping the slash keeps the JSON intact and inert. */
    private String write(Object doc) {
        return json.writeValueAsString(doc).replace("</", "<\\/");
    }
}

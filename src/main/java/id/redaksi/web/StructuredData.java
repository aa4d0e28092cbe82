package id.redaksi.web;

import id.redaksi.article.Article;
import id.redaksi.article.Credit;
import id.redaksi.article.LiveUpdate;
import id.redaksi.article.Topic;
import id.redaksi.article.YouTubeVideo;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import java.util.ArrayList;
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

    /** A NewsArticle, or for a live report a LiveBlogPosting with its coverage and each update. */
    String newsArticle(Site site, Article article, Rubric rubric, Pages.LiveSection live) {
        var zone = site.zone();
        var doc = new LinkedHashMap<String, Object>();
        doc.put("@context", "https://schema.org");
        doc.put(
                "@type",
                live != null
                        ? "LiveBlogPosting"
                        : article.content().sponsored() ? "AdvertiserContentArticle" : "NewsArticle");
        doc.put("mainEntityOfPage", ordered("@type", "WebPage", "@id", site.url(article.path(zone))));
        doc.put("headline", article.content().title());
        doc.put("description", article.content().lead());
        if (article.image() != null) {
            doc.put("image", List.of(site.url(article.image().path())));
        }
        doc.put("datePublished", SiteTime.iso(article.publishedAt(), zone));
        doc.put("dateModified", SiteTime.iso(article.updatedAt(), zone));
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
                    ordered("@type", "Organization", "name", article.content().sponsor()));
        }
        if (live != null) {
            doc.put("coverageStartTime", SiteTime.iso(live.report().startedAt(), zone));
            if (!live.report().isLive()) {
                doc.put("coverageEndTime", SiteTime.iso(live.report().endedAt(), zone));
            }
            doc.put(
                    "liveBlogUpdate",
                    live.updates().stream().map(u -> update(site, u)).toList());
        }
        return write(doc);
    }

    /** Google reads each update as a BlogPosting with a headline, its text and its time. */
    private static Map<String, Object> update(Site site, LiveUpdate update) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("@type", "BlogPosting");
        var text = update.text().replaceAll("\\s+", " ").strip();
        doc.put("headline", text.length() > 110 ? text.substring(0, 109) + "…" : text);
        doc.put("articleBody", update.text());
        doc.put("datePublished", SiteTime.iso(update.postedAt(), site.zone()));
        doc.put("author", ordered("@type", "Person", "name", update.writer()));
        if (update.image() != null) {
            doc.put("image", site.url(update.image().path()));
        }
        return doc;
    }

    /** A photo story's pictures, in order, each with its caption and credit. */
    String imageGallery(Site site, Article article) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "ImageGallery");
        doc.put("name", article.content().title());
        doc.put("description", article.content().lead());
        doc.put("url", site.url(article.path(site.zone())));
        var pictures = new ArrayList<Map<String, Object>>();
        for (var picture : article.gallery()) {
            var image = new LinkedHashMap<String, Object>();
            image.put("@type", "ImageObject");
            image.put("position", pictures.size() + 1);
            image.put("contentUrl", site.url(picture.image().path()));
            image.put("width", picture.image().width());
            image.put("height", picture.image().height());
            image.put("caption", picture.caption());
            if (!picture.credit().isBlank()) {
                image.put("creditText", picture.credit());
            }
            pictures.add(image);
        }
        doc.put("associatedMedia", pictures);
        return write(doc);
    }

    /**
     * The video a story leads with, as Google's video results read it: its thumbnail is the story's lead picture when
     * it has one (what the page's poster shows), else YouTube's still.
     */
    String videoObject(Site site, Article article, YouTubeVideo video) {
        var content = article.content();
        var doc = new LinkedHashMap<String, Object>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "VideoObject");
        doc.put("name", content.title());
        doc.put("description", content.lead().isBlank() ? content.title() : content.lead());
        doc.put(
                "thumbnailUrl",
                List.of(article.image() != null ? site.url(article.image().path()) : video.thumbnailUrl()));
        doc.put("uploadDate", SiteTime.iso(article.publishedAt(), site.zone()));
        doc.put("embedUrl", video.embedUrl());
        doc.put("url", site.url(article.path(site.zone())));
        return write(doc);
    }

    String breadcrumb(Site site, Article article, Rubric rubric) {
        var items = List.of(
                crumb(1, site.name(), site.url("/")),
                crumb(2, rubric.name(), site.url("/kanal/" + rubric.slug())),
                crumb(3, article.content().title(), site.url(article.path(site.zone()))));
        return write(ordered("@context", "https://schema.org", "@type", "BreadcrumbList", "itemListElement", items));
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
                ordered(
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
        return ordered("@type", "Person", "name", credit.name(), "url", site.url("/penulis/" + credit.slug()));
    }

    private static Map<String, Object> publisher(Site site) {
        return ordered(
                "@type", "NewsMediaOrganization",
                "name", site.name(),
                "url", site.url("/"),
                "logo", ordered("@type", "ImageObject", "url", site.url("/logo.png"), "width", 600, "height", 60));
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        return ordered("@type", "ListItem", "position", position, "name", name, "item", url);
    }

    /**
     * A map that keeps the order its keys are given in. Never {@code Map.of}: its order changes with every JVM, so
     * two nodes (or one node after a restart) would write different bytes, and so different ETags, for one page.
     */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A script element ends at the first {@code </}; escaping the slash keeps the JSON intact and inert. */
    private String write(Object doc) {
        return json.writeValueAsString(doc).replace("</", "<\\/");
    }
}

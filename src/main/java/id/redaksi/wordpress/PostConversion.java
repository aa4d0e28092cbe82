package id.redaksi.wordpress;

import id.redaksi.article.ArticleContent;
import id.redaksi.article.OldAddresses;
import id.redaksi.article.Slugs;
import id.redaksi.article.Topics;
import id.redaksi.media.StoredMedia;
import id.redaksi.newsroom.IncomingStory;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * One import's mapping of a WordPress post onto a story (README, "Moving in from WordPress"): status to state,
 * {@code post_date_gmt} to its time, Co-Authors Plus terms (or the post's author) to its writers in order, a custom
 * field to its editor, its category to a rubric through the operator's mapping, tags to topics, its content cleaned,
 * its featured picture, and Yoast or Rank Math's title and description.
 */
final class PostConversion {

    private static final DateTimeFormatter WP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int LEAD_LENGTH = 300;

    private final Site site;
    private final ImportOptions options;
    private final ImportReport report;
    private final WordPressPeople.Cast cast;
    private final WordPressPictures pictures;
    private final Topics topics;
    private final OldAddresses oldAddresses;
    private final Rubric defaultRubric;
    private final Set<String> archivesRemembered = new HashSet<>();
    private final List<Permalink> permalinks;

    PostConversion(
            Site site,
            ImportOptions options,
            ImportReport report,
            WordPressPeople.Cast cast,
            WordPressPictures pictures,
            Topics topics,
            OldAddresses oldAddresses) {
        this.site = site;
        this.options = options;
        this.report = report;
        this.cast = cast;
        this.pictures = pictures;
        this.topics = topics;
        this.oldAddresses = oldAddresses;
        this.permalinks = options.permalinks().stream().map(Permalink::of).toList();
        this.defaultRubric = rubric(options.defaultRubric())
                .orElseGet(() -> site.rubrics().stream()
                        .findFirst()
                        .orElseThrow(
                                () -> new ImportRefused("Site " + site.slug() + " has no rubric to import into.")));
        options.rubricByCategory()
                .values()
                .forEach(slug -> rubric(slug)
                        .orElseThrow(
                                () -> new ImportRefused("Site " + site.slug() + " has no rubric '" + slug + "'.")));
    }

    /** The state a post's status maps to; empty for what is not imported (private, trash, auto-draft). */
    static Optional<IncomingStory.State> state(String status) {
        return switch (status) {
            case "publish" -> Optional.of(IncomingStory.State.PUBLISHED);
            case "future" -> Optional.of(IncomingStory.State.SCHEDULED);
            case "draft" -> Optional.of(IncomingStory.State.DRAFT);
            case "pending" -> Optional.of(IncomingStory.State.SUBMITTED);
            default -> Optional.empty();
        };
    }

    IncomingStory convert(WxrItem post, IncomingStory.State state) {
        var cleaned = cleaned(post);
        var excerpt = Jsoup.parse(post.excerpt()).text();
        var lead = shorten(excerpt.isBlank() ? cleaned.firstParagraph() : excerpt);
        var content = new ArticleContent(
                rubricOf(post).id(),
                post.title(),
                slugOf(post),
                lead,
                cleaned.html(),
                seo(post, "_yoast_wpseo_title", "rank_math_title"),
                seo(post, "_yoast_wpseo_metadesc", "rank_math_description"),
                null,
                null,
                "",
                "",
                writersOf(post),
                topicsOf(post),
                cast.named(post.meta(options.editorField())).orElse(null));
        content = withFeaturedPicture(post, content);
        var at = time(post);
        var updated = at.isAfter(Instant.now()) ? Instant.now() : at;
        return new IncomingStory(site.id(), content, state, at, updated);
    }

    /** A page's text, cleaned as a post's is; the newsroom sanitises it as it does every page's. */
    String pageBody(WxrItem page) {
        return cleaned(page).html();
    }

    /** The page's slug here: its WordPress name, the last part of its path for a child page. */
    static String pageSlug(WxrItem page) {
        var name = decoded(page.name());
        return Slugs.of(name.isBlank() ? page.title() : name);
    }

    private WordPressContent.Cleaned cleaned(WxrItem post) {
        var cleaned = WordPressContent.clean(
                post.content(),
                id -> pictures.attachment(site.id(), id, options, report).map(PostConversion::picture),
                url -> pictures.inline(site.id(), url, options, report).map(PostConversion::picture));
        cleaned.droppedShortcodes().forEach(report::shortcode);
        cleaned.missingImages()
                .forEach(src -> report.problem(post.type() + " " + post.id() + ": picture " + src + " left out"));
        return cleaned;
    }

    /**
     * The addresses WordPress gave the post: its permalink, its name in any permalink form, {@code ?p=} (and
     * {@code ?page_id=}), and its address under each permalink structure the operator named.
     */
    List<String> oldAddresses(WxrItem post) {
        var addresses = new ArrayList<String>();
        var path = pathOf(post.link());
        if (!path.isEmpty() && !path.startsWith("?")) {
            addresses.add(path);
        }
        var name = decoded(post.name()).toLowerCase(Locale.ROOT);
        if (!name.isBlank()) {
            addresses.add("slug:" + name);
        }
        addresses.add("p:" + post.id());
        if (post.type().equals("post")) {
            permalinks.forEach(p -> addresses.addAll(p.addresses(post)));
        }
        return addresses;
    }

    private ArticleContent withFeaturedPicture(WxrItem post, ArticleContent content) {
        var thumbnail = post.meta("_thumbnail_id");
        if (!thumbnail.matches("\\d+")) {
            return content;
        }
        long id = Long.parseLong(thumbnail);
        var media = pictures.attachment(site.id(), id, options, report);
        if (media.isEmpty()) {
            return content;
        }
        var described = pictures.described(site.id(), id).orElseThrow();
        return new ArticleContent(
                content.rubricId(),
                content.title(),
                content.slug(),
                content.lead(),
                content.bodyHtml(),
                content.seoTitle(),
                content.seoDescription(),
                null,
                media.get().id(),
                Jsoup.parse(described.caption()).text(),
                described.credit(),
                content.writerIds(),
                content.topicIds(),
                content.editorId());
    }

    private Rubric rubricOf(WxrItem post) {
        var categories = post.terms("category");
        for (var category : categories) {
            var mapped = options.rubricByCategory().get(decoded(category.nicename()));
            if (mapped != null) {
                remember("/category/" + decoded(category.nicename()), "/kanal/" + mapped);
                return rubric(mapped).orElseThrow();
            }
        }
        categories.forEach(c -> {
            report.unmappedCategory(decoded(c.nicename()));
            remember("/category/" + decoded(c.nicename()), "/kanal/" + defaultRubric.slug());
        });
        return defaultRubric;
    }

    /** Co-Authors Plus's authors in their order, else the post's author. */
    private List<Long> writersOf(WxrItem post) {
        var coauthors = post.terms("author");
        if (coauthors.isEmpty()) {
            return post.creator().isBlank() ? List.of() : List.of(cast.person(post.creator(), post.creator()));
        }
        return coauthors.stream()
                .map(t -> cast.person(decoded(t.nicename()).replaceFirst("^cap-", ""), t.name()))
                .toList();
    }

    private List<Long> topicsOf(WxrItem post) {
        return post.terms("post_tag").stream()
                .map(tag -> {
                    var slug = Slugs.of(decoded(tag.nicename()).isBlank() ? tag.name() : decoded(tag.nicename()));
                    var topic = topics.obtain(site.id(), slug, tag.name().isBlank() ? slug : tag.name());
                    remember("/tag/" + decoded(tag.nicename()), "/topik/" + topic.slug());
                    return topic.id();
                })
                .toList();
    }

    private void remember(String oldPath, String newPath) {
        if (archivesRemembered.add(oldPath)) {
            oldAddresses.rememberPage(site.id(), oldPath.toLowerCase(Locale.ROOT), newPath);
        }
    }

    private Optional<Rubric> rubric(String slug) {
        return slug == null ? Optional.empty() : site.rubric(slug);
    }

    private String slugOf(WxrItem post) {
        var name = decoded(post.name());
        return Slugs.of(name.isBlank() ? post.title() : name);
    }

    /** The publication time: {@code post_date_gmt}, or for drafts (which WordPress leaves at zero) the local time. */
    private Instant time(WxrItem post) {
        try {
            if (!post.dateGmt().isBlank() && !post.dateGmt().startsWith("0000")) {
                return LocalDateTime.parse(post.dateGmt(), WP_TIME).toInstant(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(post.date(), WP_TIME).atZone(site.zone()).toInstant();
        } catch (DateTimeParseException e) {
            report.problem("post " + post.id() + ": no readable date ('" + post.dateGmt() + "'), imported as now");
            return Instant.now();
        }
    }

    /** An SEO field as written, unless it holds the plugin's variables ({@code %%title%%}), which mean nothing here. */
    private static String seo(WxrItem post, String yoast, String rankMath) {
        var value = post.meta(yoast).isBlank() ? post.meta(rankMath) : post.meta(yoast);
        return value.contains("%") ? null : value;
    }

    private static WordPressContent.Picture picture(StoredMedia media) {
        return new WordPressContent.Picture(media.path(), media.width(), media.height());
    }

    private static String shorten(String text) {
        if (text.length() <= LEAD_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LEAD_LENGTH);
        return text.substring(0, cut > 0 ? cut : LEAD_LENGTH) + "…";
    }

    static String pathOf(String link) {
        var path = link.strip().replaceFirst("^https?://[^/]+", "").replaceAll("[?#].*$", "");
        path = decoded(path).toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        return path;
    }

    /** WordPress stores names of non-ASCII slugs percent-encoded ({@code %e6%97%a5}). */
    static String decoded(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}

package id.redaksi.newsroom;

import id.redaksi.article.ArticleContent;
import id.redaksi.article.Person;
import id.redaksi.article.Slugs;
import id.redaksi.article.Topics;
import id.redaksi.media.MediaLibrary;
import id.redaksi.site.Sites;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Everything a draft points at must be its own site's: rubric, lead picture, pictures in the body and the photo
 * story's, topics, writers and editor; and a video must be one YouTube serves. Ids come from a browser, which can send any site's; one checked here never reaches a preview or a
 * published page.
 */
@Component
class SiteReferences {

    /** Topics per story: enough to file any story, few enough that a form cannot flood a site with topic pages. */
    static final int MAX_TOPICS = 10;

    /** Pictures per photo story: more than a reader scrolls through, few enough to keep one page light. */
    static final int MAX_GALLERY = 60;

    private final Sites sites;
    private final MediaLibrary media;
    private final Topics topics;
    private final Bylines bylines;

    SiteReferences(Sites sites, MediaLibrary media, Topics topics, Bylines bylines) {
        this.sites = sites;
        this.media = media;
        this.topics = topics;
        this.bylines = bylines;
    }

    /** Refuses, naming the field, a draft that points outside the story's site. */
    void check(Story story, ArticleContent draft) {
        var site = sites.byId(story.siteId()).orElseThrow();
        if (draft.rubricId() != null && site.rubric(draft.rubricId()).isEmpty()) {
            throw new DraftRefused("rubricId", "Pilih kanal dari daftar.");
        }
        if (draft.imageId() != null && media.find(site.id(), draft.imageId()).isEmpty()) {
            throw new DraftRefused("imageId", "Gambar ini tidak ada di pustaka media situs ini.");
        }
        checkGallery(site.id(), draft);
        if (draft.videoUrl() != null && draft.video().isEmpty()) {
            throw new DraftRefused(
                    "videoUrl",
                    "Alamat video harus alamat video YouTube (youtube.com/watch?v=…, youtu.be/… atau youtube.com/shorts/…).");
        }
        if (!media.holdsAll(site.id(), bodyPictures(draft.bodyHtml()))) {
            throw new DraftRefused("body", "Gambar di isi berita harus dari pustaka media situs ini.");
        }
        var found = topics.byIds(draft.topicIds());
        if (found.size() != draft.topicIds().size() || found.stream().anyMatch(t -> t.siteId() != site.id())) {
            throw new DraftRefused("topics", "Pilih topik situs ini.");
        }
        var people = bylines.of(site.id(), story).stream().map(Person::id).collect(Collectors.toSet());
        if (!people.containsAll(draft.writerIds())) {
            throw new DraftRefused("writerIds", "Pilih penulis dari daftar.");
        }
        if (draft.editorId() != null && !people.contains(draft.editorId())) {
            throw new DraftRefused("editorId", "Pilih editor dari daftar.");
        }
    }

    private void checkGallery(long siteId, ArticleContent draft) {
        if (draft.gallery().size() > MAX_GALLERY) {
            throw new DraftRefused("gallery", "Paling banyak " + MAX_GALLERY + " foto per cerita foto.");
        }
        for (var picture : draft.gallery()) {
            if (media.find(siteId, picture.imageId()).isEmpty()) {
                throw new DraftRefused(
                        "gallery", "Foto #" + picture.imageId() + " tidak ada di pustaka media situs ini.");
            }
        }
    }

    /**
     * The site's topics of these names, made if new and chosen to be made: call it after every check, since each one
     * made is a page waiting for its first article.
     */
    List<Long> topics(long siteId, NamedTopics named) {
        var bySlug = new LinkedHashMap<String, String>();
        for (var name : named.names()) {
            if (!name.isBlank()) {
                bySlug.putIfAbsent(Slugs.of(name.strip()), name.strip());
            }
        }
        if (bySlug.size() > MAX_TOPICS) {
            throw new DraftRefused("topics", "Paling banyak " + MAX_TOPICS + " topik per naskah.");
        }
        if (bySlug.values().stream().anyMatch(name -> name.length() > NamedTopics.MAX_NAME)) {
            throw new DraftRefused("topics", "Nama topik paling banyak " + NamedTopics.MAX_NAME + " karakter.");
        }
        var unknown = new ArrayList<String>();
        bySlug.forEach((slug, name) -> {
            if (!named.mayMake(slug) && topics.find(siteId, slug).isEmpty()) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new DraftRefused(
                    "topics",
                    "Topik ini belum ada: " + String.join(", ", unknown)
                            + ". Pilih topik yang ada, atau pilih \"Buat topik baru\" bila memang topik baru.");
        }
        var ids = new ArrayList<Long>();
        bySlug.forEach((slug, name) -> ids.add(topics.obtain(siteId, slug, name).id()));
        return ids;
    }

    /** The paths of the body's pictures on this network: relative ones, or on one of its sites' hosts. */
    private List<String> bodyPictures(String html) {
        var paths = new ArrayList<String>();
        for (var img : Jsoup.parseBodyFragment(html).select("img[src]")) {
            try {
                var src = URI.create(img.attr("src").strip());
                if (src.getPath() != null
                        && (src.getHost() == null || sites.byHost(src.getHost()).isPresent())) {
                    paths.add(src.getPath());
                }
            } catch (IllegalArgumentException e) {
                // no address a browser could load from this network either
            }
        }
        return paths;
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.article.ArticleContent;
import id.redaksi.article.People;
import id.redaksi.article.Person;
import id.redaksi.article.Topic;
import id.redaksi.article.Topics;
import id.redaksi.media.MediaLibrary;
import id.redaksi.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * A saved draft as lines a person compares: every field of the form, labelled as on the form, with rubric, people,
 * topics and picture by name (an id tells an editor nothing), and one line per block of the body.
 */
@Component
class RevisionLines {

    private final People people;
    private final Topics topics;
    private final MediaLibrary media;

    RevisionLines(People people, Topics topics, MediaLibrary media) {
        this.people = people;
        this.topics = topics;
        this.media = media;
    }

    List<String> of(Site site, ArticleContent draft) {
        var lines = new ArrayList<String>();
        lines.add("Judul: " + draft.title());
        lines.add("Ringkasan: " + draft.lead());
        Jsoup.parseBodyFragment(draft.bodyHtml()).body().children().forEach(block -> lines.add(block.text()));
        lines.add("Kanal: " + rubric(site, draft.rubricId()));
        lines.add("Penulis: " + names(draft.writerIds()));
        lines.add("Editor: " + (draft.editorId() == null ? "" : names(List.of(draft.editorId()))));
        lines.add("Topik: "
                + String.join(
                        ", ",
                        topics.byIds(draft.topicIds()).stream()
                                .map(Topic::name)
                                .sorted()
                                .toList()));
        lines.add("Gambar utama: " + picture(site, draft.imageId()));
        lines.add("Keterangan gambar: " + draft.imageCaption());
        lines.add("Kredit foto: " + draft.imageCredit());
        for (var photo : draft.gallery()) {
            lines.add("Cerita foto: " + picture(site, photo.imageId()) + " " + photo.caption() + " (" + photo.credit()
                    + ")");
        }
        lines.add("Video YouTube: " + Objects.requireNonNullElse(draft.videoUrl(), ""));
        lines.add("Dateline khusus: " + Objects.requireNonNullElse(draft.datelineOverride(), ""));
        lines.add("Slug URL: " + draft.slug());
        lines.add("Judul SEO: " + Objects.requireNonNullElse(draft.seoTitle(), ""));
        lines.add("Deskripsi SEO: " + Objects.requireNonNullElse(draft.seoDescription(), ""));
        return lines;
    }

    private static String rubric(Site site, Long id) {
        return site.rubrics().stream()
                .filter(r -> Long.valueOf(r.id()).equals(id))
                .map(r -> r.name())
                .findFirst()
                .orElse("");
    }

    /** In the draft's order: the byline's order is part of what changed. */
    private String names(List<Long> ids) {
        var found = people.byIds(ids);
        return String.join(
                ", ",
                ids.stream()
                        .map(id -> found.stream()
                                .filter(p -> p.id() == id)
                                .map(Person::name)
                                .findFirst()
                                .orElse("#" + id))
                        .toList());
    }

    private String picture(Site site, Long id) {
        if (id == null) {
            return "";
        }
        return media.find(site.id(), id)
                .map(m -> m.alt().isBlank() ? "#" + id : m.alt() + " (#" + id + ")")
                .orElse("#" + id);
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.article.Slugs;
import id.redaksi.article.Topics;
import id.redaksi.newsroom.Draft;
import id.redaksi.newsroom.Story;
import id.redaksi.site.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The editor page's form as the browser sends it: text everywhere, so that a value we cannot use comes back
 * on screen with a message instead of being lost.
 */
public record StoryForm(
        Integer version,
        String rubricId,
        String title,
        String slug,
        String lead,
        String body,
        String seoTitle,
        String seoDescription,
        String datelineOverride,
        String imageId,
        String imageCaption,
        String imageCredit,
        List<String> writerIds,
        String editorId,
        String topics) {

    static final int MAX_TITLE = 200;

    public StoryForm {
        writerIds = writerIds == null ? List.of() : writerIds;
    }

    static StoryForm of(Story story, Topics topicNames) {
        var d = story.draft();
        var names = topicNames.byIds(d.topicIds()).stream().map(t -> t.name()).toList();
        return new StoryForm(
                story.version(),
                str(d.rubricId()),
                d.title(),
                d.slug(),
                d.lead(),
                d.bodyHtml(),
                d.seoTitle(),
                d.seoDescription(),
                d.datelineOverride(),
                str(d.imageId()),
                d.imageCaption(),
                d.imageCredit(),
                d.writerIds().stream().map(String::valueOf).toList(),
                str(d.editorId()),
                String.join(", ", names));
    }

    static StoryForm blank() {
        return new StoryForm(0, "", "", "", "", "", "", "", "", "", "", "", List.of(), "", "");
    }

    /** What is wrong with the form, field by field; empty when {@link #toDraft} can be called. */
    Map<String, String> problems(Site site) {
        var problems = new LinkedHashMap<String, String>();
        if (version == null) {
            problems.put("version", "Formulir ini tidak lengkap. Salin teks Anda, lalu muat ulang halaman.");
        }
        if (title != null && title.length() > MAX_TITLE) {
            problems.put("title", "Judul paling banyak " + MAX_TITLE + " karakter.");
        }
        var rubric = DeskSupport.number(rubricId);
        if (rubric == null && !blank(rubricId)
                || rubric != null && site.rubric(rubric).isEmpty()) {
            problems.put("rubricId", "Pilih kanal dari daftar.");
        }
        if (!blank(imageId) && DeskSupport.number(imageId) == null) {
            problems.put("imageId", "Nomor gambar tidak valid.");
        }
        if (writerIds.stream().anyMatch(w -> !blank(w) && DeskSupport.number(w) == null)) {
            problems.put("writerIds", "Pilih penulis dari daftar.");
        }
        return problems;
    }

    Draft toDraft(Site site, Topics topics) {
        var topicIds = new ArrayList<Long>();
        for (var name : Arrays.stream(
                        Objects.requireNonNullElse(this.topics, "").split(","))
                .map(String::strip)
                .toList()) {
            if (!name.isEmpty() && name.length() <= 80) {
                topicIds.add(topics.obtain(site.id(), Slugs.of(name), name).id());
            }
        }
        var writers = writerIds.stream()
                .filter(w -> !blank(w))
                .map(DeskSupport::number)
                .toList();
        return new Draft(
                DeskSupport.number(rubricId),
                title,
                slug,
                lead,
                body,
                seoTitle,
                seoDescription,
                datelineOverride,
                DeskSupport.number(imageId),
                imageCaption,
                imageCredit,
                writers,
                topicIds,
                DeskSupport.number(editorId));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String str(Long value) {
        return value == null ? "" : value.toString();
    }
}

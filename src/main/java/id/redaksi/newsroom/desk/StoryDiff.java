package id.redaksi.newsroom.desk;

import id.redaksi.article.Person;
import id.redaksi.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Field by field, what differs between the form refused by a save conflict and the version saved meanwhile. */
public final class StoryDiff {

    /** One field that differs: its label on the form, this user's value and the saved one, as people read them. */
    public record FieldChange(String label, String mine, String theirs) {}

    private StoryDiff() {}

    static List<FieldChange> between(StoryForm mine, StoryForm theirs, Site site, List<Person> people) {
        var changes = new ArrayList<FieldChange>();
        add(changes, "Judul", mine, theirs, StoryForm::title);
        add(changes, "Ringkasan (lead)", mine, theirs, StoryForm::lead);
        add(changes, "Isi berita", mine, theirs, StoryForm::body);
        add(changes, "Kanal", mine, theirs, f -> rubric(site, f.rubricId()));
        add(
                changes,
                "Penulis",
                mine,
                theirs,
                f -> String.join(
                        ", ",
                        f.writerIds().stream()
                                .filter(id -> !id.isBlank())
                                .map(id -> person(people, id))
                                .toList()));
        if (mine.editorId() != null) {
            // a writer's form has no editor field: the credit is not theirs to change, so not a difference
            add(changes, "Editor", mine, theirs, f -> person(people, f.editorId()));
        }
        add(changes, "Topik", mine, theirs, StoryForm::topics);
        add(changes, "Gambar utama", mine, theirs, StoryForm::imageId);
        add(changes, "Keterangan gambar", mine, theirs, StoryForm::imageCaption);
        add(changes, "Kredit foto", mine, theirs, StoryForm::imageCredit);
        add(
                changes,
                "Cerita foto",
                mine,
                theirs,
                f -> String.join(
                        "\n",
                        f.gallery().stream()
                                .map(g -> "#" + text(g.imageId()) + " " + text(g.caption()) + " (" + text(g.credit())
                                        + ")")
                                .toList()));
        add(changes, "Video YouTube", mine, theirs, StoryForm::videoUrl);
        add(changes, "Dateline khusus", mine, theirs, StoryForm::datelineOverride);
        add(changes, "Slug URL", mine, theirs, StoryForm::slug);
        add(changes, "Judul SEO", mine, theirs, StoryForm::seoTitle);
        add(changes, "Deskripsi SEO", mine, theirs, StoryForm::seoDescription);
        return changes;
    }

    private static void add(
            List<FieldChange> changes,
            String label,
            StoryForm mine,
            StoryForm theirs,
            Function<StoryForm, String> field) {
        var a = text(field.apply(mine));
        var b = text(field.apply(theirs));
        if (!a.equals(b)) {
            changes.add(new FieldChange(label, a, b));
        }
    }

    private static String rubric(Site site, String id) {
        return site.rubrics().stream()
                .filter(r -> String.valueOf(r.id()).equals(id))
                .map(r -> r.name())
                .findFirst()
                .orElse(text(id));
    }

    private static String person(List<Person> people, String id) {
        return people.stream()
                .filter(p -> String.valueOf(p.id()).equals(id))
                .map(Person::name)
                .findFirst()
                .orElse(text(id));
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "").strip().replace("\r\n", "\n");
    }
}

package id.redaksi.newsroom.desk;

import id.redaksi.account.NewsroomWords;
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
        add(changes, NewsroomWords.t("stories.headline"), mine, theirs, StoryForm::title);
        add(changes, NewsroomWords.t("editor.lead"), mine, theirs, StoryForm::lead);
        add(changes, NewsroomWords.t("editor.body"), mine, theirs, StoryForm::body);
        add(changes, NewsroomWords.t("stories.rubric"), mine, theirs, f -> rubric(site, f.rubricId()));
        add(
                changes,
                NewsroomWords.t("stories.writer"),
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
            add(changes, NewsroomWords.t("diff.editor"), mine, theirs, f -> person(people, f.editorId()));
        }
        add(changes, NewsroomWords.t("diff.topics"), mine, theirs, StoryForm::topics);
        add(changes, NewsroomWords.t("diff.image"), mine, theirs, StoryForm::imageId);
        add(changes, NewsroomWords.t("editor.image.caption"), mine, theirs, StoryForm::imageCaption);
        add(changes, NewsroomWords.t("editor.image.credit"), mine, theirs, StoryForm::imageCredit);
        add(
                changes,
                NewsroomWords.t("diff.gallery"),
                mine,
                theirs,
                f -> String.join(
                        "\n",
                        f.gallery().stream()
                                .map(g -> "#" + text(g.imageId()) + " " + text(g.caption()) + " (" + text(g.credit())
                                        + ")")
                                .toList()));
        add(changes, NewsroomWords.t("diff.video"), mine, theirs, StoryForm::videoUrl);
        add(changes, NewsroomWords.t("diff.dateline"), mine, theirs, StoryForm::datelineOverride);
        add(changes, NewsroomWords.t("editor.slug"), mine, theirs, StoryForm::slug);
        add(changes, NewsroomWords.t("editor.seoTitle"), mine, theirs, StoryForm::seoTitle);
        add(changes, NewsroomWords.t("editor.seoDescription"), mine, theirs, StoryForm::seoDescription);
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

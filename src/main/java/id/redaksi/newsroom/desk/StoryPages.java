package id.redaksi.newsroom.desk;

import id.redaksi.account.NewsroomWords;
import id.redaksi.account.Role;
import id.redaksi.article.IssuedNotice;
import id.redaksi.article.Notice;
import id.redaksi.article.Person;
import id.redaksi.newsroom.AuditLog;
import id.redaksi.newsroom.PublishFailures.PublishFailure;
import id.redaksi.newsroom.Revisions.Revision;
import id.redaksi.newsroom.Story;
import id.redaksi.newsroom.StoryNote;
import id.redaksi.newsroom.StoryStatus;
import id.redaksi.newsroom.desk.DeskPages.Desk;
import id.redaksi.site.Site;
import java.util.List;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;

/** The typed models of the pages of one story: its editor, its notices, its revisions. */
public final class StoryPages {

    private StoryPages() {}

    /**
     * @param story null for a story not saved yet
     * @param conflict set when the save was refused because someone else saved first: the form still holds
     *     this user's text, on top of the saved version, and {@code changes} says what differs
     * @param autosavedAt when this user's autosave newer than the saved story was kept (site time), or null
     * @param others who else has the story open in the editor
     * @param conversation the story's notes, for its writers and the site's editors only; null for anyone else
     * @param leadThumbnail the address of the lead picture's thumbnail, null without one
     * @param topicOffers the form's topics the site does not have, each offered to be made, after a refused save
     * @param publishFailure why the scheduler could not publish the scheduled story yet, null if it did not fail
     */
    public record EditorPage(
            Desk desk,
            Site site,
            Role role,
            Story story,
            StoryForm form,
            Map<String, String> errors,
            String message,
            String conflict,
            List<StoryDiff.FieldChange> changes,
            boolean editable,
            List<Person> people,
            List<AuditLog.Entry> history,
            String publicUrl,
            String autosavedAt,
            List<String> others,
            Conversation conversation,
            String leadThumbnail,
            List<TopicOffer> topicOffers,
            PublishFailure publishFailure) {

        public boolean isEditor() {
            return role.includes(Role.EDITOR);
        }

        public String publishFailureNote() {
            return DeskPages.failureNote(publishFailure, site);
        }

        /** Whether the story can go to an editor from here. */
        public boolean submittable() {
            return story != null
                    && (story.status() == StoryStatus.DRAFT || story.status() == StoryStatus.CHANGES_REQUESTED);
        }

        /**
         * The one step this user takes next, offered beside Simpan where a phone keeps it in reach: an editor
         * publishes, a writer submits; null when neither is open to them.
         */
        public String primaryStep() {
            if (!editable || conflict != null) {
                return null;
            }
            if (isEditor()) {
                return story == null || story.status() != StoryStatus.PUBLISHED || story.unpublishedChanges()
                        ? "terbitkan"
                        : null;
            }
            return story == null || submittable() ? "ajukan" : null;
        }

        public String primaryLabel() {
            if (!"terbitkan".equals(primaryStep())) {
                return NewsroomWords.t("step.submit");
            }
            return story == null || story.firstPublishedAt() == null
                    ? NewsroomWords.t("step.publish")
                    : NewsroomWords.t("step.publishChanges");
        }

        /** The workflow steps are offered only on a form that can be saved as it stands. */
        public boolean offersSteps() {
            return story != null && conflict == null;
        }
    }

    /**
     * A topic named on a refused form that the site does not have: made only if its box is ticked.
     *
     * @param alike the site's topics with a name like it, which the writer may have meant
     * @param chosen whether the form already asked to make it
     */
    public record TopicOffer(String name, List<String> alike, boolean chosen) {}

    /**
     * @param notes the story's note thread, oldest first
     * @param canPullBack the user is a writer of the story and it waits, submitted, for an editor
     */
    public record Conversation(List<StoryNote> notes, boolean canPullBack) {}

    /**
     * A story form that could not be saved (the session expired, the database is away), answered back as it was
     * posted, with every field in it.
     *
     * @param fields the posted fields other than title, lead and body, kept as hidden inputs in their order
     */
    public record UnsavedPage(
            String heading,
            String message,
            String action,
            String title,
            String lead,
            String body,
            List<Map.Entry<String, String>> fields,
            CsrfToken csrf,
            boolean relogin,
            boolean retry) {}

    public record DiffLine(char kind, String text) {}

    /**
     * The notices of a story's article, each as its page shows it, with what an editor does to them.
     *
     * @param preview a notice not added yet, shown as readers will see it; null when none is asked for
     */
    public record NoticesPage(
            Desk desk, Site site, Story story, List<IssuedNotice> notices, Notice preview, String message) {}

    /**
     * @param names who saved each revision, by username, as colleagues know them
     * @param live the number of the revision readers see, null when none is on the site
     */
    public record RevisionsPage(
            Desk desk,
            Site site,
            Story story,
            List<Revision> revisions,
            Map<String, String> names,
            Integer live,
            Integer from,
            Integer to,
            List<DiffLine> diff) {}

    /** A restore asked for: what it would change, line by line, before it is confirmed. */
    public record RestorePage(
            Desk desk, Site site, Story story, Revision revision, String savedBy, List<DiffLine> changes) {}
}

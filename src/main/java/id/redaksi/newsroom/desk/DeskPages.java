package id.redaksi.newsroom.desk;

import id.redaksi.account.Role;
import id.redaksi.article.Person;
import id.redaksi.newsroom.AuditLog;
import id.redaksi.newsroom.PublishFailures.PublishFailure;
import id.redaksi.newsroom.Story;
import id.redaksi.newsroom.StoryStatus;
import id.redaksi.site.Site;
import java.util.List;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The typed models of the newsroom's desk-wide templates: the dashboard, story lists, assignments, media, audit,
 * problems. Those of one story are {@link StoryPages}, those of the admin pages {@link AdminPages}.
 */
public final class DeskPages {

    private DeskPages() {}

    /** What the desk says of a scheduled story the scheduler could not publish; null for one that did not fail. */
    static String failureNote(PublishFailure failure, Site site) {
        if (failure == null) {
            return null;
        }
        return "Gagal terbit: " + failure.reason() + ", dicoba lagi pukul "
                + EditorPages.CLOCK.format(failure.retryAt().atZone(site.zone())) + ".";
    }

    /** What every newsroom page knows: who is working, and the token its forms must carry. */
    public record Desk(String user, CsrfToken csrf) {}

    public record SiteAccess(Site site, Role role) {}

    public record DashboardPage(Desk desk, List<SiteAccess> sites, boolean networkAdmin, Queues queues) {}

    /**
     * A story waiting on the desk's home, with the site it belongs to (for its address and its time zone).
     *
     * @param failure why the scheduler could not publish it yet, null for every other story
     */
    public record Queued(Site site, Story story, PublishFailure failure) {

        public String failureNote() {
            return DeskPages.failureNote(failure, site);
        }

        public String path() {
            return DeskSupport.storyPath(site, story.id());
        }
    }

    /**
     * @param reviews whether the user edits any site, so that a review queue is theirs to empty
     * @param review submitted stories, the longest waiting first
     * @param returned the user's stories returned for changes, with the editor's note
     * @param scheduled stories scheduled to publish, the soonest first
     * @param assigned assignments given to the user and not started yet, the nearest deadline first
     */
    public record Queues(
            boolean reviews,
            List<Queued> review,
            List<Queued> returned,
            List<Queued> scheduled,
            List<Assigned> assigned) {}

    /** An assignment waiting for the user to start it, with its site. */
    public record Assigned(Site site, id.redaksi.newsroom.Assignment assignment) {}

    public record StoryRow(Story story, String rubric, String writers) {}

    /** The story list's filter, bound from the address: a status, rubric or writer that is none is a 400. */
    public record ListFilter(StoryStatus status, Long rubricId, Long writerId, Boolean mine, String title) {

        public boolean onlyMine() {
            return Boolean.TRUE.equals(mine);
        }
    }

    public record StoryListPage(
            Desk desk,
            Site site,
            Role role,
            List<StoryRow> rows,
            ListFilter filter,
            List<StoryStatus> statuses,
            List<Person> people) {}

    /** The assignment form as posted; the deadline is the site's local time from a {@code datetime-local} field. */
    public record AssignmentForm(String judul, String arahan, String penulis, String tenggat) {}

    public record AssignmentsPage(
            Desk desk,
            Site site,
            List<id.redaksi.newsroom.Assignment> open,
            List<Person> people,
            AssignmentForm form,
            Map<String, String> errors,
            String message) {

        public String personName(long id) {
            return people.stream()
                    .filter(p -> p.id() == id)
                    .map(Person::name)
                    .findFirst()
                    .orElse("");
        }
    }

    public record AuditPage(Desk desk, Site site, List<AuditLog.Entry> entries) {}

    public record MediaPage(
            Desk desk, Site site, List<id.redaksi.media.StoredMedia> items, String message, String problem) {}

    public record ProblemPage(Desk desk, int status, String heading, String message, String back) {}
}

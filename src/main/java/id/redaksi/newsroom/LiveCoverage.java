package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.LiveReport;
import id.redaksi.article.LiveReports;
import id.redaksi.article.LiveUpdate;
import id.redaksi.media.MediaLibrary;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's side of a live report: marking a story as one, filing its updates from the field, and the editors'
 * corrections of them. Who may post: the report's writers and the site's editors; an update goes out at once (the
 * report was reviewed when it was published). Editing, deleting, pinning and ending are the editors', each audited
 * with the text it replaced.
 */
@Service
public class LiveCoverage {

    /** The report's desk: its state, its updates as readers see them, and what this actor may do there. */
    public record ReportDesk(
            Story story, LiveReport report, List<LiveUpdate> updates, boolean canPost, boolean canEdit) {}

    private final Stories stories;
    private final LiveReports reports;
    private final MediaLibrary media;
    private final AuditLog audit;
    private final Clock clock;

    LiveCoverage(Stories stories, LiveReports reports, MediaLibrary media, AuditLog audit, Clock clock) {
        this.stories = stories;
        this.reports = reports;
        this.media = media;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isLiveReport(long storyId) {
        return reports.find(storyId).isPresent();
    }

    /** The story editor's checkbox: makes the story a live report, or an ordinary story again while it has no updates. */
    @Transactional
    public void mark(Actor actor, long siteId, long storyId, boolean live) {
        var story = reporter(actor, siteId, storyId);
        boolean was = isLiveReport(storyId);
        if (live && !was) {
            reports.mark(siteId, story.id(), now());
            audit.record(siteId, storyId, actor, "menjadikan laporan langsung", "");
        } else if (!live && was) {
            if (!reports.unmark(storyId, now())) {
                throw new DraftRefused(
                        "liveReport",
                        "Laporan yang sudah punya pembaruan tidak bisa dijadikan berita biasa; akhiri saja.");
            }
            audit.record(siteId, storyId, actor, "menjadikan berita biasa", "");
        }
    }

    public ReportDesk desk(Actor actor, long siteId, long storyId) {
        actor.require(Role.WRITER, siteId);
        var story = story(siteId, storyId);
        var report = reports.find(storyId).orElseThrow(() -> new StoryNotFound(storyId));
        return new ReportDesk(
                story,
                report,
                reports.updates(storyId),
                actor.can(Role.EDITOR, siteId) || story.isOwnedBy(actor),
                actor.can(Role.EDITOR, siteId));
    }

    /** Files an update; it is on the public page as soon as this returns. */
    @Transactional
    public long post(Actor actor, long siteId, long storyId, LiveReports.Draft draft) {
        var story = reporter(actor, siteId, storyId);
        var report = report(story);
        if (!report.isLive()) {
            throw new WorkflowRefused("Laporan langsung ini sudah berakhir. Mulai lagi untuk menambah pembaruan.");
        }
        check(siteId, draft);
        long id = reports.post(storyId, draft, actor.personId(), actor.displayName(), now());
        audit.record(siteId, storyId, actor, "menambah pembaruan", draft.text().strip());
        return id;
    }

    @Transactional
    public void edit(Actor actor, long siteId, long storyId, long updateId, LiveReports.Draft draft) {
        var before = editable(actor, siteId, storyId, updateId);
        check(siteId, draft);
        reports.edit(storyId, updateId, draft, now());
        audit.record(
                siteId,
                storyId,
                actor,
                "mengubah pembaruan",
                before.text() + " → " + draft.text().strip());
    }

    @Transactional
    public void delete(Actor actor, long siteId, long storyId, long updateId) {
        var before = editable(actor, siteId, storyId, updateId);
        reports.delete(storyId, updateId, actor.username(), now());
        audit.record(siteId, storyId, actor, "menghapus pembaruan", before.text());
    }

    @Transactional
    public void pin(Actor actor, long siteId, long storyId, long updateId, boolean pinned) {
        var update = editable(actor, siteId, storyId, updateId);
        reports.pin(storyId, updateId, pinned, now());
        audit.record(siteId, storyId, actor, pinned ? "menyematkan pembaruan" : "melepas sematan", update.text());
    }

    /** Ends the coverage (the LIVE mark goes), or with {@code live} takes it up again. */
    @Transactional
    public void end(Actor actor, long siteId, long storyId, boolean live) {
        actor.require(Role.EDITOR, siteId);
        var report = report(story(siteId, storyId));
        if (report.isLive() != live) {
            reports.end(storyId, live, now());
            audit.record(
                    siteId, storyId, actor, live ? "memulai lagi laporan langsung" : "mengakhiri laporan langsung", "");
        }
    }

    /** The report's writers and the site's editors; any other writer of the site is refused (403). */
    private Story reporter(Actor actor, long siteId, long storyId) {
        actor.require(Role.WRITER, siteId);
        var story = story(siteId, storyId);
        if (!actor.can(Role.EDITOR, siteId) && !story.isOwnedBy(actor)) {
            throw new NotYourStory(actor.username(), storyId);
        }
        return story;
    }

    private LiveUpdate editable(Actor actor, long siteId, long storyId, long updateId) {
        actor.require(Role.EDITOR, siteId);
        report(story(siteId, storyId));
        return reports.update(storyId, updateId).orElseThrow(() -> new StoryNotFound(storyId));
    }

    private void check(long siteId, LiveReports.Draft draft) {
        var text = draft.text() == null ? "" : draft.text().strip();
        if (text.isEmpty()) {
            throw new DraftRefused("teks", "Tulis isi pembaruan.");
        }
        if (text.length() > LiveReports.MAX_TEXT) {
            throw new DraftRefused("teks", "Pembaruan paling banyak " + LiveReports.MAX_TEXT + " karakter.");
        }
        if (draft.imageId() != null && media.find(siteId, draft.imageId()).isEmpty()) {
            throw new DraftRefused("gambar", "Gambar ini tidak ada di pustaka media situs ini.");
        }
    }

    private LiveReport report(Story story) {
        return reports.find(story.id()).orElseThrow(() -> new StoryNotFound(story.id()));
    }

    private Story story(long siteId, long storyId) {
        return stories.find(siteId, storyId).orElseThrow(() -> new StoryNotFound(storyId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.Publishing;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow: finding a story and taking its steps, by hand or on schedule. Each step checks the actor's
 * role on the story's site, lets the {@link Story} decide whether its state allows it, writes the audit log, and
 * announces what readers will see change. Writing a story is {@link Drafting}'s, its note thread
 * {@link NoteThread}'s, and corrections {@link Notices}'.
 */
@Service
public class Newsroom {

    private final Stories stories;
    private final Revisions revisions;
    private final AuditLog audit;
    private final Publishing publishing;
    private final StoryNotes notes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Newsroom(
            Stories stories,
            Revisions revisions,
            AuditLog audit,
            Publishing publishing,
            StoryNotes notes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.audit = audit;
        this.publishing = publishing;
        this.notes = notes;
        this.events = events;
        this.clock = clock;
    }

    /** A step on the story as last saved. */
    @Transactional
    public Story take(Actor actor, long siteId, long id, WorkflowStep step) {
        return switch (step) {
            case WorkflowStep.Submit s -> submit(actor, siteId, id);
            case WorkflowStep.PullBack p -> pullBack(actor, siteId, id);
            case WorkflowStep.RequestChanges r -> requestChanges(actor, siteId, id, r.note());
            case WorkflowStep.Schedule s -> schedule(actor, siteId, id, s.at());
            case WorkflowStep.Publish p -> publish(actor, siteId, id);
            case WorkflowStep.Unpublish u -> unpublish(actor, siteId, id, u.reason());
        };
    }

    @Transactional
    public Story submit(Actor actor, long siteId, long id) {
        var story = step(actor, siteId, id, Role.WRITER, "mengajukan", "", s -> s.submit(actor));
        events.publishEvent(new StorySubmitted(siteId, id, story.draft().title(), actor.id(), actor.displayName()));
        return story;
    }

    @Transactional
    public Story pullBack(Actor actor, long siteId, long id) {
        return step(actor, siteId, id, Role.WRITER, "menarik kembali pengajuan", "", s -> s.pullBack(actor));
    }

    /** Returns the story to its writers; the note goes into the story's thread too, where they can answer it. */
    @Transactional
    public Story requestChanges(Actor actor, long siteId, long id, String note) {
        var story = step(actor, siteId, id, Role.EDITOR, "meminta perbaikan", note, s -> s.requestChanges(actor, note));
        notes.add(id, actor.id(), actor.displayName(), note.strip());
        events.publishEvent(new StoryReturned(
                siteId,
                id,
                story.draft().title(),
                story.draft().writerIds(),
                actor.id(),
                actor.displayName(),
                note.strip()));
        return story;
    }

    @Transactional
    public Story schedule(Actor actor, long siteId, long id, Instant at) {
        return step(
                actor,
                siteId,
                id,
                Role.EDITOR,
                "menjadwalkan",
                String.valueOf(at),
                s -> s.schedule(actor, at, clock.instant()));
    }

    @Transactional
    public Story publish(Actor actor, long siteId, long id) {
        var now = now();
        var story = step(actor, siteId, id, Role.EDITOR, "menerbitkan", "", s -> s.publish(actor, now));
        goLive(story, now);
        if (now.equals(story.firstPublishedAt())) {
            events.publishEvent(new StoryPublished(
                    siteId, id, story.draft().title(), story.draft().writerIds(), actor.id(), actor.displayName()));
        }
        return story;
    }

    /**
     * Withdraws (mencabut) the article: its address then tells readers why and when, so the reason is required, is
     * what readers see, and is kept in the audit log.
     */
    @Transactional
    public Story unpublish(Actor actor, long siteId, long id, String reason) {
        var why = reason == null ? "" : reason.strip();
        var story = step(actor, siteId, id, Role.EDITOR, "mencabut", why, s -> s.unpublish(actor, why));
        publishing.withdraw(id, why, clock.instant());
        revisions.clearLive(id);
        return story;
    }

    /**
     * The scheduler's step for one due story it holds locked, inside the transaction {@link ScheduledPublishing}
     * gives each story, so that one that fails holds back no other.
     */
    void publishAsScheduled(Story due, Instant now) {
        var story = due.publishAsScheduled(now);
        persist(story);
        audit.record(story.siteId(), story.id(), "penjadwal", "menerbitkan sesuai jadwal", "");
        goLive(story, now);
        if (now.equals(story.firstPublishedAt())) {
            events.publishEvent(new StoryPublished(
                    story.siteId(),
                    story.id(),
                    story.draft().title(),
                    story.draft().writerIds(),
                    null,
                    "penjadwal"));
        }
    }

    /** PostgreSQL keeps microseconds; a time compared with what it stored must not carry more. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** A story of the site, looked up only for someone with a role there. */
    public Story find(Actor actor, long siteId, long id) {
        actor.require(Role.WRITER, siteId);
        return find(siteId, id);
    }

    /**
     * A story of the site, for no one in particular (the scheduler, tests). Every lookup for a person goes through
     * {@link #find(Actor, long, long)}: a lookup before the role check would tell apart, 404 or 403, which ids exist.
     */
    public Story find(long siteId, long id) {
        return stories.find(siteId, id).orElseThrow(() -> new StoryNotFound(id));
    }

    /** A workflow step; the role it needs is checked before the story is looked up, for the same reason as above. */
    private Story step(
            Actor actor, long siteId, long id, Role needed, String action, String detail, UnaryOperator<Story> change) {
        actor.require(needed, siteId);
        var story = change.apply(find(siteId, id));
        persist(story);
        audit.record(siteId, id, actor, action, detail);
        return stories.find(siteId, id).orElseThrow();
    }

    private void persist(Story story) {
        if (!stories.save(story)) {
            throw new StoryChanged("?", clock.instant());
        }
    }

    /** Puts the draft on the public side; {@code now} is both times on a first publication. */
    private void goLive(Story story, Instant now) {
        publishing.publish(story.asPublished(now));
        revisions.markLive(story.id());
    }
}

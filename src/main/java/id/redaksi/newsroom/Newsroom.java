package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.BodySanitizer;
import id.redaksi.article.Notice;
import id.redaksi.article.PublishedArticle;
import id.redaksi.article.Publishing;
import id.redaksi.article.Slugs;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's commands. Each one checks the actor's role on the story's site, lets the {@link Story}
 * decide whether its state allows the step, saves a revision, writes the audit log, and announces what
 * readers will see change.
 */
@Service
public class Newsroom {

    static final int MAX_NOTE = 4000;

    private final Stories stories;
    private final Revisions revisions;
    private final AuditLog audit;
    private final Publishing publishing;
    private final SiteReferences references;
    private final Autosaves autosaves;
    private final StoryNotes notes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Newsroom(
            Stories stories,
            Revisions revisions,
            AuditLog audit,
            Publishing publishing,
            SiteReferences references,
            Autosaves autosaves,
            StoryNotes notes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.audit = audit;
        this.publishing = publishing;
        this.references = references;
        this.autosaves = autosaves;
        this.notes = notes;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a story from a draft whose topics are already the site's (imports, tests). */
    @Transactional
    public Story create(Actor actor, long siteId, Draft draft) {
        return create(actor, siteId, draft, null);
    }

    /**
     * Creates a story from the desk's form.
     *
     * @param topicNames the topics named on the form (new ones made only when chosen); they replace the draft's topic ids
     */
    @Transactional
    public Story create(Actor actor, long siteId, Draft draft, NamedTopics topicNames) {
        actor.require(Role.WRITER, siteId);
        // a writer's own story credits them unless they named other writers
        var credited = draft.writerIds().isEmpty() && actor.personId() != null
                ? draft.withWriters(List.of(actor.personId()))
                : draft;
        long id = stories.insert(siteId, credited, actor.id());
        var story = stories.lock(id);
        return saveDraft(actor, story, credited, topicNames, "membuat naskah");
    }

    /** Saves an edit made on top of {@code version}, keeping the draft's topic ids (imports, tests). */
    @Transactional
    public Story save(Actor actor, long siteId, long id, int version, Draft draft) {
        return save(actor, siteId, id, version, draft, null);
    }

    /**
     * Saves the desk's form made on top of {@code version}; refuses with {@link StoryChanged} if someone saved since.
     * Everything it does, topics made included, is undone when any check refuses it.
     *
     * @param topicNames the topics named on the form (new ones made only when chosen); they replace the draft's topic ids
     */
    @Transactional
    public Story save(Actor actor, long siteId, long id, int version, Draft draft, NamedTopics topicNames) {
        var story = find(actor, siteId, id);
        requireVersion(story, version);
        return saveDraft(actor, story, draft, topicNames, "menyimpan");
    }

    /**
     * Saves the desk's form as {@link #save} does, then takes the step, in one transaction: the step goes out with
     * what was just typed, a refused save refuses the step, and a refused step undoes the save. A form with nothing
     * new makes no revision.
     */
    @Transactional
    public Story saveAndTake(
            Actor actor, long siteId, long id, int version, Draft draft, NamedTopics topicNames, WorkflowStep step) {
        var story = find(actor, siteId, id);
        requireVersion(story, version);
        var clean = cleaned(actor, story, draft, topicNames);
        if (!clean.equals(story.draft())) {
            record(actor, story, clean, "menyimpan");
        }
        return take(actor, siteId, id, step);
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

    private void requireVersion(Story story, int version) {
        if (story.version() != version) {
            var latest = revisions.latest(story.id());
            throw new StoryChanged(
                    latest.map(Revisions.Revision::savedBy).orElse("?"),
                    latest.map(Revisions.Revision::savedAt).orElse(story.updatedAt()));
        }
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

    /** Adds a note to the story's thread; only its writers and the site's editors take part. */
    @Transactional
    public void addNote(Actor actor, long siteId, long id, String body) {
        var text = body == null ? "" : body.strip();
        var story = find(actor, siteId, id);
        story.requireInConversation(actor);
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            throw new NoteRefused("Tulis catatan (paling banyak " + MAX_NOTE + " karakter).");
        }
        notes.add(id, actor.id(), actor.displayName(), text);
        audit.record(siteId, id, actor, "menulis catatan", "");
    }

    /** The story's notes, oldest first, for its writers and the site's editors. */
    public List<StoryNote> notes(Actor actor, long siteId, long id) {
        find(actor, siteId, id).requireInConversation(actor);
        return notes.of(id);
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

    /** Adds a correction (ralat) or right of reply (hak jawab) to the article while it is published. */
    @Transactional
    public void addNotice(Actor actor, long siteId, long id, Notice.Kind kind, String text) {
        actor.require(Role.EDITOR, siteId);
        var story = find(siteId, id);
        if (!story.isLive() || text == null || text.isBlank()) {
            throw new WorkflowRefused(
                    text == null || text.isBlank()
                            ? "Tulis isi " + kind.label().toLowerCase() + "."
                            : "Berita yang tidak sedang terbit tidak bisa diberi "
                                    + kind.label().toLowerCase() + ".");
        }
        publishing.addNotice(id, new Notice(kind, text.strip(), clock.instant()));
        audit.record(siteId, id, actor, "menambah " + kind.label().toLowerCase(), text.strip());
    }

    /** Restores an old revision as a new save, so the restore itself can be undone. */
    @Transactional
    public Story restore(Actor actor, long siteId, long id, int number) {
        var story = find(actor, siteId, id);
        var revision =
                revisions.find(id, number).orElseThrow(() -> new WorkflowRefused("Revisi " + number + " tidak ada."));
        return saveDraft(actor, story, revision.draft(), null, "memulihkan revisi " + number);
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

    /** Checks who may save, then what the draft points at, and only then makes its new topics. */
    private Story saveDraft(Actor actor, Story story, Draft draft, NamedTopics topicNames, String action) {
        return record(actor, story, cleaned(actor, story, draft, topicNames), action);
    }

    /** The draft as it will be saved: sanitized, its slug decided, the credit kept from a writer, topics made. */
    private Draft cleaned(Actor actor, Story story, Draft draft, NamedTopics topicNames) {
        story.requireEditableBy(actor);
        var clean = draft.withBody(BodySanitizer.sanitize(draft.bodyHtml()))
                .withSlug(followsTitle(story, draft) ? Slugs.of(draft.title()) : Slugs.of(draft.slug()));
        if (!actor.can(Role.EDITOR, story.siteId())) {
            // the editor credit is the publishing editor's to give: a writer's save keeps the one the story has
            clean = clean.withEditor(story.draft().editorId());
        }
        references.check(story, clean);
        if (topicNames != null) {
            clean = clean.withTopics(references.topics(story.siteId(), topicNames));
        }
        return clean;
    }

    private Story record(Actor actor, Story story, Draft clean, String action) {
        var edited = story.edited(actor, clean);
        persist(edited);
        int number = revisions.add(story.id(), actor.username(), clean);
        audit.record(story.siteId(), story.id(), actor, action, "revisi " + number);
        // what was autosaved is in the story now: it is not offered back
        autosaves.forget(story.id(), actor.id());
        return stories.find(story.siteId(), story.id()).orElseThrow();
    }

    /**
     * Until a story is first published its slug follows its headline, unless someone typed a slug of their
     * own; once published, the slug stays, so links already shared keep working (old slugs redirect anyway).
     */
    private static boolean followsTitle(Story story, Draft draft) {
        if (draft.slug().isBlank()) {
            return true;
        }
        var before = story.draft();
        return story.firstPublishedAt() == null
                && draft.slug().equals(before.slug())
                && before.slug().equals(Slugs.of(before.title()));
    }

    private void persist(Story story) {
        if (!stories.save(story)) {
            throw new StoryChanged("?", clock.instant());
        }
    }

    /** Copies the draft to the published article; {@code now} is both times on a first publication. */
    private void goLive(Story story, Instant now) {
        var d = story.draft();
        publishing.publish(new PublishedArticle(
                story.id(),
                story.siteId(),
                d.rubricId(),
                d.title(),
                d.slug(),
                d.lead(),
                d.bodyHtml(),
                d.seoTitle(),
                d.seoDescription(),
                d.datelineOverride(),
                d.imageId(),
                d.imageCaption(),
                d.imageCredit(),
                d.writerIds(),
                d.editorId(),
                d.topicIds(),
                story.firstPublishedAt(),
                now));
        revisions.markLive(story.id());
    }
}

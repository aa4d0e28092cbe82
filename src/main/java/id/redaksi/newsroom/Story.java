package id.redaksi.newsroom;

import static id.redaksi.newsroom.StoryStatus.CHANGES_REQUESTED;
import static id.redaksi.newsroom.StoryStatus.DRAFT;
import static id.redaksi.newsroom.StoryStatus.PUBLISHED;
import static id.redaksi.newsroom.StoryStatus.SCHEDULED;
import static id.redaksi.newsroom.StoryStatus.SUBMITTED;
import static id.redaksi.newsroom.StoryStatus.UNPUBLISHED;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleContent;
import id.redaksi.article.PublishedArticle;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A story in the newsroom: its editable draft and where it stands in the review workflow. Every step is a
 * guarded change that refuses, naming the current state, what that state or the actor's role does not allow.
 * The published revision readers see lives apart (in the article module), so editing never changes it.
 *
 * @param unpublishedChanges the draft holds edits that readers do not see yet
 */
public record Story(
        long id,
        long siteId,
        StoryStatus status,
        ArticleContent draft,
        Instant scheduledAt,
        Instant firstPublishedAt,
        int version,
        String reviewNote,
        Long createdBy,
        boolean unpublishedChanges,
        Instant updatedAt) {

    private static final Set<StoryStatus> WRITABLE_BY_WRITERS = EnumSet.of(DRAFT, CHANGES_REQUESTED);

    /** Writers edit their own stories until they submit them; editors edit any story of their site, any time. */
    public boolean editableBy(Actor actor) {
        if (actor.can(Role.EDITOR, siteId)) {
            return true;
        }
        return actor.can(Role.WRITER, siteId) && WRITABLE_BY_WRITERS.contains(status) && isOwnedBy(actor);
    }

    public boolean isOwnedBy(Actor actor) {
        return (createdBy != null && createdBy == actor.id())
                || (actor.personId() != null && draft.writerIds().contains(actor.personId()));
    }

    public boolean isLive() {
        return status == PUBLISHED;
    }

    /**
     * The draft as readers get it once it goes live at {@code now}: the one mapping from a story to its article, so
     * that what the preview shows is what publishing stores. A story published before keeps its first time.
     */
    public PublishedArticle asPublished(Instant now) {
        return new PublishedArticle(id, siteId, draft, firstPublishedAt != null ? firstPublishedAt : now, now);
    }

    /**
     * Refuses who may not change the story now: someone without a role on the site, a writer of the site who did not
     * write it (a 403: the story is not theirs whatever its state), or its writer once it left their hands.
     */
    void requireEditableBy(Actor actor) {
        requireAuthor(actor);
        if (!editableBy(actor)) {
            throw new WorkflowRefused("Naskah berstatus " + status.label() + " tidak dapat Anda ubah.");
        }
    }

    /** An editor of the site, or a writer of the story. */
    private void requireAuthor(Actor actor) {
        actor.require(Role.WRITER, siteId);
        if (!actor.can(Role.EDITOR, siteId) && !isOwnedBy(actor)) {
            throw new NotYourStory(actor.username(), id);
        }
    }

    Story edited(Actor actor, ArticleContent newDraft) {
        requireEditableBy(actor);
        var edited = new Story(
                id,
                siteId,
                status,
                newDraft,
                scheduledAt,
                firstPublishedAt,
                version,
                reviewNote,
                createdBy,
                firstPublishedAt != null,
                updatedAt);
        if (status == SCHEDULED) {
            // the scheduler will publish this draft with nobody at the desk: it must stay publishable
            edited.requireComplete();
        }
        return edited;
    }

    Story submit(Actor actor) {
        requireAuthor(actor);
        allowedFrom("diajukan", DRAFT, CHANGES_REQUESTED);
        requireComplete();
        return to(SUBMITTED, scheduledAt, reviewNote);
    }

    /** Its writer takes a submitted story back to work on it, before an editor has acted on it. */
    Story pullBack(Actor actor) {
        actor.require(Role.WRITER, siteId);
        if (!isOwnedBy(actor)) {
            throw new NotYourStory(actor.username(), id);
        }
        allowedFrom("ditarik kembali", SUBMITTED);
        return to(DRAFT, null, reviewNote);
    }

    /** Who may read and write the story's notes: its writers and the site's editors. */
    void requireInConversation(Actor actor) {
        requireAuthor(actor);
    }

    Story requestChanges(Actor actor, String note) {
        actor.require(Role.EDITOR, siteId);
        allowedFrom("dikembalikan untuk perbaikan", SUBMITTED, SCHEDULED);
        if (note == null || note.isBlank()) {
            throw new WorkflowRefused("Tulis catatan untuk penulis: apa yang perlu diperbaiki.");
        }
        return to(CHANGES_REQUESTED, null, note.strip());
    }

    Story schedule(Actor actor, Instant at, Instant now) {
        actor.require(Role.EDITOR, siteId);
        allowedFrom("dijadwalkan", DRAFT, SUBMITTED, CHANGES_REQUESTED, SCHEDULED, UNPUBLISHED);
        requireComplete();
        if (at == null || !at.isAfter(now)) {
            throw new WorkflowRefused("Waktu jadwal harus di masa depan.");
        }
        // the scheduler publishes with nobody at the desk: the editor who scheduled it is the one credited
        return creditedTo(actor).to(SCHEDULED, at, reviewNote);
    }

    /** The credit is the deciding editor's: one who publishes or schedules a story nobody credited is its editor. */
    private Story creditedTo(Actor editor) {
        return draft.editorId() == null ? withDraft(draft.with(c -> c.editorId(editor.personId()))) : this;
    }

    private Story withDraft(ArticleContent newDraft) {
        return new Story(
                id,
                siteId,
                status,
                newDraft,
                scheduledAt,
                firstPublishedAt,
                version,
                reviewNote,
                createdBy,
                unpublishedChanges,
                updatedAt);
    }

    Story publish(Actor actor, Instant now) {
        actor.require(Role.EDITOR, siteId);
        if (status == PUBLISHED && !unpublishedChanges) {
            throw new WorkflowRefused("Berita sudah terbit dan tidak ada perubahan yang belum diterbitkan.");
        }
        requireComplete();
        return creditedTo(actor).published(now);
    }

    /** The scheduler's step: the editor decided when scheduling. */
    Story publishAsScheduled(Instant now) {
        allowedFrom("diterbitkan otomatis", SCHEDULED);
        return published(now);
    }

    Story unpublish(Actor actor, String reason) {
        actor.require(Role.EDITOR, siteId);
        allowedFrom("dicabut", PUBLISHED);
        if (reason.isBlank()) {
            throw new WorkflowRefused("Tulis alasan pencabutan berita; pembaca akan melihatnya di alamat berita.");
        }
        return new Story(
                id,
                siteId,
                UNPUBLISHED,
                draft,
                null,
                firstPublishedAt,
                version,
                reviewNote,
                createdBy,
                true,
                updatedAt);
    }

    private Story published(Instant now) {
        var first = firstPublishedAt != null ? firstPublishedAt : now;
        return new Story(id, siteId, PUBLISHED, draft, null, first, version, "", createdBy, false, updatedAt);
    }

    private Story to(StoryStatus next, Instant at, String note) {
        return new Story(
                id, siteId, next, draft, at, firstPublishedAt, version, note, createdBy, unpublishedChanges, updatedAt);
    }

    private void allowedFrom(String action, StoryStatus... states) {
        if (!EnumSet.of(states[0], states).contains(status)) {
            throw new WorkflowRefused("Naskah berstatus " + status.label() + " tidak dapat " + action + ".");
        }
    }

    private void requireComplete() {
        var missing = draft.missingForPublication();
        if (!missing.isEmpty()) {
            throw new WorkflowRefused("Lengkapi dulu: " + String.join(", ", missing) + ".");
        }
    }
}

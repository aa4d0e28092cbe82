package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleContent;
import id.redaksi.article.BodySanitizer;
import id.redaksi.article.Slugs;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing a story: creating it, saving its draft, restoring an older revision. Each save is checked (who may save,
 * whether someone saved since, what the draft points at), cleaned, kept as a numbered revision and audited; the
 * workflow steps are {@link Newsroom}'s.
 */
@Service
public class Drafting {

    private final Stories stories;
    private final Revisions revisions;
    private final AuditLog audit;
    private final SiteReferences references;
    private final Autosaves autosaves;
    private final Newsroom newsroom;
    private final Clock clock;

    Drafting(
            Stories stories,
            Revisions revisions,
            AuditLog audit,
            SiteReferences references,
            Autosaves autosaves,
            Newsroom newsroom,
            Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.audit = audit;
        this.references = references;
        this.autosaves = autosaves;
        this.newsroom = newsroom;
        this.clock = clock;
    }

    /** Creates a story from a draft whose topics are already the site's (imports, tests). */
    @Transactional
    public Story create(Actor actor, long siteId, ArticleContent draft) {
        return create(actor, siteId, draft, null);
    }

    /**
     * Creates a story from the desk's form.
     *
     * @param topicNames the topics named on the form (new ones made only when chosen); they replace the draft's
     *     topic ids
     */
    @Transactional
    public Story create(Actor actor, long siteId, ArticleContent draft, NamedTopics topicNames) {
        actor.require(Role.WRITER, siteId);
        // a writer's own story credits them unless they named other writers
        var credited = draft.writerIds().isEmpty() && actor.personId() != null
                ? draft.with(c -> c.writerIds(List.of(actor.personId())))
                : draft;
        long id = stories.insert(siteId, credited, actor.id());
        var story = stories.lock(id);
        return saveDraft(actor, story, credited, topicNames, "membuat naskah");
    }

    /** Saves an edit made on top of {@code version}, keeping the draft's topic ids (imports, tests). */
    @Transactional
    public Story save(Actor actor, long siteId, long id, int version, ArticleContent draft) {
        return save(actor, siteId, id, version, draft, null);
    }

    /**
     * Saves the desk's form made on top of {@code version}; refuses with {@link StoryChanged} if someone saved since.
     * Everything it does, topics made included, is undone when any check refuses it.
     *
     * @param topicNames the topics named on the form (new ones made only when chosen); they replace the draft's
     *     topic ids
     */
    @Transactional
    public Story save(Actor actor, long siteId, long id, int version, ArticleContent draft, NamedTopics topicNames) {
        var story = newsroom.find(actor, siteId, id);
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
            Actor actor,
            long siteId,
            long id,
            int version,
            ArticleContent draft,
            NamedTopics topicNames,
            WorkflowStep step) {
        var story = newsroom.find(actor, siteId, id);
        requireVersion(story, version);
        var clean = cleaned(actor, story, draft, topicNames);
        if (!clean.equals(story.draft())) {
            record(actor, story, clean, "menyimpan");
        }
        return newsroom.take(actor, siteId, id, step);
    }

    /** Restores an old revision as a new save, so the restore itself can be undone. */
    @Transactional
    public Story restore(Actor actor, long siteId, long id, int number) {
        var story = newsroom.find(actor, siteId, id);
        var revision =
                revisions.find(id, number).orElseThrow(() -> new WorkflowRefused("Revisi " + number + " tidak ada."));
        return saveDraft(actor, story, revision.draft(), null, "memulihkan revisi " + number);
    }

    private void requireVersion(Story story, int version) {
        if (story.version() != version) {
            var latest = revisions.latest(story.id());
            throw new StoryChanged(
                    latest.map(Revisions.Revision::savedBy).orElse("?"),
                    latest.map(Revisions.Revision::savedAt).orElse(story.updatedAt()));
        }
    }

    /** Checks who may save, then what the draft points at, and only then makes its new topics. */
    private Story saveDraft(Actor actor, Story story, ArticleContent draft, NamedTopics topicNames, String action) {
        return record(actor, story, cleaned(actor, story, draft, topicNames), action);
    }

    /** The draft as it will be saved: sanitized, its slug decided, the credit kept from a writer, topics made. */
    private ArticleContent cleaned(Actor actor, Story story, ArticleContent draft, NamedTopics topicNames) {
        story.requireEditableBy(actor);
        var slug = followsTitle(story, draft) ? Slugs.of(draft.title()) : Slugs.of(draft.slug());
        var clean = draft.with(
                c -> c.bodyHtml(BodySanitizer.sanitize(draft.bodyHtml())).slug(slug));
        if (!actor.can(Role.EDITOR, story.siteId())) {
            // the editor credit is the publishing editor's to give, and whether a story is paid for the desk's to
            // say: a writer's save keeps what the story has
            clean = clean.with(c ->
                    c.editorId(story.draft().editorId()).sponsor(story.draft().sponsor()));
        }
        references.check(story, clean);
        if (topicNames != null) {
            var topics = references.topics(story.siteId(), topicNames);
            clean = clean.with(c -> c.topicIds(topics));
        }
        return clean;
    }

    private Story record(Actor actor, Story story, ArticleContent clean, String action) {
        if (!stories.save(story.edited(actor, clean))) {
            throw new StoryChanged("?", clock.instant());
        }
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
    private static boolean followsTitle(Story story, ArticleContent draft) {
        if (draft.slug().isBlank()) {
            return true;
        }
        var before = story.draft();
        return story.firstPublishedAt() == null
                && draft.slug().equals(before.slug())
                && before.slug().equals(Slugs.of(before.title()));
    }
}

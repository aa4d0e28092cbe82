package id.redaksi.newsroom;

import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleContent;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors hand story ideas to writers; the writer starts one and it becomes their draft. */
@Service
public class Assigning {

    private final Assignments assignments;
    private final Drafting drafting;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assigning(
            Assignments assignments,
            Drafting drafting,
            Accounts accounts,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assignments = assignments;
        this.drafting = drafting;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Hands an idea to a writer with a role on the site, due in the future. */
    @Transactional
    public long assign(Actor actor, long siteId, NewAssignment assignment) {
        actor.require(Role.EDITOR, siteId);
        if (assignment.title() == null || assignment.title().isBlank()) {
            throw new DraftRefused("judul", "Tulis judul atau gagasan penugasan.");
        }
        if (!accounts.linkedPeople(siteId).onSite().contains(assignment.personId())) {
            throw new DraftRefused("penulis", "Pilih penulis dari daftar.");
        }
        if (!assignment.deadline().isAfter(clock.instant())) {
            throw new DraftRefused("tenggat", "Tenggat harus di masa depan.");
        }
        var clean = new NewAssignment(
                assignment.title().strip(),
                assignment.brief() == null ? "" : assignment.brief().strip(),
                assignment.personId(),
                assignment.deadline());
        long id = assignments.insert(siteId, clean, actor.id());
        audit.record(siteId, null, actor, "membuat penugasan", clean.title());
        events.publishEvent(new AssignmentMade(
                siteId,
                id,
                clean.title(),
                clean.brief(),
                clean.deadline(),
                clean.personId(),
                actor.id(),
                actor.displayName()));
        return id;
    }

    /** The assigned writer starts the idea: a draft with its title, crediting them; started once only. */
    @Transactional
    public Story start(Actor actor, long siteId, long id) {
        actor.require(Role.WRITER, siteId);
        var assignment = assignments.lock(siteId, id).orElseThrow(() -> new AssignmentNotFound(id));
        if (actor.personId() == null || actor.personId() != assignment.personId()) {
            throw new NotYourStory(actor.username(), id);
        }
        if (assignment.started()) {
            throw new WorkflowRefused("Penugasan ini sudah dimulai.");
        }
        var draft = new ArticleContent(
                null,
                assignment.title(),
                "",
                "",
                "",
                null,
                null,
                null,
                null,
                "",
                "",
                List.of(assignment.personId()),
                List.of(),
                null);
        var story = drafting.create(actor, siteId, draft);
        assignments.started(id, story.id());
        return story;
    }

    /** Assignments not started yet, for the writer they were given to. */
    public List<Assignment> openFor(Actor actor, List<Long> siteIds) {
        return actor.personId() == null ? List.of() : assignments.open(siteIds, actor.personId());
    }
}

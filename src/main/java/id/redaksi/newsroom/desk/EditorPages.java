package id.redaksi.newsroom.desk;

import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.NewsroomWords;
import id.redaksi.account.Role;
import id.redaksi.article.Slugs;
import id.redaksi.article.Topics;
import id.redaksi.media.MediaLibrary;
import id.redaksi.media.PickableMedia;
import id.redaksi.newsroom.AuditLog;
import id.redaksi.newsroom.Bylines;
import id.redaksi.newsroom.DraftBuffer;
import id.redaksi.newsroom.EditingPresence;
import id.redaksi.newsroom.LiveCoverage;
import id.redaksi.newsroom.NoteThread;
import id.redaksi.newsroom.PublishFailures;
import id.redaksi.newsroom.Story;
import id.redaksi.newsroom.StoryStatus;
import id.redaksi.newsroom.desk.StoryPages.Conversation;
import id.redaksi.newsroom.desk.StoryPages.EditorPage;
import id.redaksi.newsroom.desk.StoryPages.TopicOffer;
import id.redaksi.site.Site;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Renders the editor page of a story: as saved, with a refused form, or with a save conflict. */
@Component
class EditorPages {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

    private final Topics topics;
    private final Bylines bylines;
    private final AuditLog audit;
    private final DraftBuffer buffer;
    private final EditingPresence presence;
    private final DeskSupport support;
    private final NoteThread notes;
    private final MediaLibrary media;
    private final Accounts accounts;
    private final PublishFailures failures;
    private final LiveCoverage coverage;

    EditorPages(
            Topics topics,
            Bylines bylines,
            AuditLog audit,
            DraftBuffer buffer,
            EditingPresence presence,
            DeskSupport support,
            NoteThread notes,
            MediaLibrary media,
            Accounts accounts,
            PublishFailures failures,
            LiveCoverage coverage) {
        this.coverage = coverage;
        this.notes = notes;
        this.failures = failures;
        this.media = media;
        this.accounts = accounts;
        this.topics = topics;
        this.bylines = bylines;
        this.audit = audit;
        this.buffer = buffer;
        this.presence = presence;
        this.support = support;
    }

    StoryForm saved(Story story) {
        return StoryForm.of(story, topics).withLiveReport(coverage.isLiveReport(story.id()));
    }

    ModelAndView render(
            Actor actor,
            CsrfToken csrf,
            Site site,
            Story story,
            StoryForm form,
            Map<String, String> errors,
            String message,
            HttpStatus status) {
        return render(actor, csrf, site, story, form, errors, message, null, status);
    }

    /** The form refused because someone saved since: put on top of their version, with what differs. */
    ModelAndView conflict(Actor actor, CsrfToken csrf, Site site, Story theirs, StoryForm mine, String savedBy) {
        // the revision keeps the account's username; colleagues know each other by name
        var name = accounts.displayNames(List.of(savedBy)).getOrDefault(savedBy, savedBy);
        var conflict = NewsroomWords.t("editor.conflict", name);
        return render(
                actor,
                csrf,
                site,
                theirs,
                mine.onTopOf(theirs.version()),
                Map.of(),
                null,
                conflict,
                HttpStatus.CONFLICT);
    }

    /** The thread is the story's writers' and the site's editors': another writer of the site does not see it. */
    private Conversation conversation(Actor actor, Site site, Story story) {
        if (story == null || !(actor.can(Role.EDITOR, site.id()) || story.isOwnedBy(actor))) {
            return null;
        }
        boolean canPullBack = story.status() == StoryStatus.SUBMITTED && story.isOwnedBy(actor);
        return new Conversation(notes.of(actor, site.id(), story.id()), canPullBack);
    }

    /** The form's topics the site does not have, after a save refused over its topics. */
    private List<TopicOffer> topicOffers(Site site, StoryForm form, Map<String, String> errors) {
        if (!errors.containsKey("topics")) {
            return List.of();
        }
        var chosen = form.topicNames();
        return chosen.names().stream()
                .filter(name -> topics.find(site.id(), Slugs.of(name)).isEmpty())
                .map(name -> new TopicOffer(
                        name,
                        topics.like(site.id(), name, 5).stream()
                                .map(t -> t.name())
                                .toList(),
                        chosen.toMake().contains(name)))
                .toList();
    }

    /** The thumbnail of the form's lead picture, so that a story reopened shows it rather than its number. */
    private String leadThumbnail(Site site, StoryForm form) {
        var id = DeskSupport.number(form.imageId());
        return id == null
                ? null
                : media.find(site.id(), id)
                        .map(m -> new PickableMedia(m, "", "", "").thumbnail())
                        .orElse(null);
    }

    private ModelAndView render(
            Actor actor,
            CsrfToken csrf,
            Site site,
            Story story,
            StoryForm form,
            Map<String, String> errors,
            String message,
            String conflict,
            HttpStatus status) {
        var role = support.role(actor, site);
        boolean editable = story == null || story.editableBy(actor);
        if (editable && role.includes(Role.EDITOR) && conflict == null) {
            // the editor credit defaults to the editor at the form, who is the one to publish from it
            form = form.creditingEditor(actor.personId());
        }
        var people = bylines.of(site.id(), story);
        var changes = conflict == null
                ? List.<StoryDiff.FieldChange>of()
                : StoryDiff.between(form, saved(story), site, people);
        var history = story == null ? List.<AuditLog.Entry>of() : audit.ofStory(story.id());
        var publicUrl = story != null && story.firstPublishedAt() != null && story.isLive()
                ? site.url("/baca/" + story.id())
                : null;
        var autosavedAt = story == null || conflict != null || !errors.isEmpty()
                ? null
                : buffer.newerThanSaved(actor, story)
                        .map(a -> CLOCK.format(a.savedAt().atZone(site.zone())))
                        .orElse(null);
        var others = story == null ? List.<String>of() : presence.others(actor, story.id());
        var page = new EditorPage(
                DeskSupport.desk(actor, csrf),
                site,
                role,
                story,
                form,
                errors,
                message,
                conflict,
                changes,
                editable,
                people,
                history,
                publicUrl,
                autosavedAt,
                others,
                conversation(actor, site, story),
                leadThumbnail(site, form),
                topicOffers(site, form, errors),
                story == null ? null : failures.of(story).orElse(null));
        return new ModelAndView("newsroom/editor", Map.of("page", page), status);
    }
}

package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an open editor page typed, kept every few seconds apart from the story: never a revision, never the
 * published article. It is there to be offered back after a closed tab or an expired session, and a save forgets it.
 * The fields are the desk's form as JSON, kept as typed, since what is not valid yet must come back too.
 */
@Service
public class DraftBuffer {

    /** A kept form and when it was kept. */
    public record Autosave(String fields, Instant savedAt) {}

    private final Newsroom newsroom;
    private final Autosaves autosaves;
    private final Clock clock;

    DraftBuffer(Newsroom newsroom, Autosaves autosaves, Clock clock) {
        this.newsroom = newsroom;
        this.autosaves = autosaves;
        this.clock = clock;
    }

    /** Keeps the form for whoever may change the story now; anyone else is refused as a save would be. */
    @Transactional
    public Instant keep(Actor actor, long siteId, long storyId, String fields) {
        newsroom.find(actor, siteId, storyId).requireEditableBy(actor);
        var now = clock.instant();
        autosaves.keep(storyId, actor.id(), fields, now);
        return now;
    }

    /** The actor's autosave, if it was kept after the story was last saved (by anyone). */
    public Optional<Autosave> newerThanSaved(Actor actor, Story story) {
        return autosaves.find(story.id(), actor.id()).filter(a -> a.savedAt().isAfter(story.updatedAt()));
    }

    public Optional<Autosave> find(Actor actor, long siteId, long storyId) {
        newsroom.find(actor, siteId, storyId);
        return autosaves.find(storyId, actor.id());
    }

    public void discard(Actor actor, long siteId, long storyId) {
        newsroom.find(actor, siteId, storyId);
        autosaves.forget(storyId, actor.id());
    }
}

package id.redaksi.newsroom;

import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A soft lock: who else has a story open in the editor, from the heartbeat of their page, so that two people do not
 * type over each other unknowingly. Nothing is refused by it (the version check still decides a save); a takeover
 * only tells the other person, on their next heartbeat, that someone took the story over.
 */
@Service
public class EditingPresence {

    /** A page that stopped beating this long ago is closed (the page beats every 20 s). */
    static final Duration GONE_AFTER = Duration.ofMinutes(1);

    /** Who else is editing, by name, and who took the story over from this actor, if anyone. */
    public record Presence(List<String> lain, String diambilAlih) {}

    private final Newsroom newsroom;
    private final Presences presences;
    private final Accounts accounts;
    private final Clock clock;

    EditingPresence(Newsroom newsroom, Presences presences, Accounts accounts, Clock clock) {
        this.newsroom = newsroom;
        this.presences = presences;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public Presence heartbeat(Actor actor, long siteId, long storyId) {
        newsroom.find(actor, siteId, storyId).requireEditableBy(actor);
        presences.seen(storyId, actor.id(), clock.instant());
        var takenBy = presences.takenOverBy(storyId, actor.id()).map(this::name).orElse(null);
        return new Presence(others(actor, storyId), takenBy);
    }

    /** The names of the others with the story open now; for the editor page as it renders. */
    public List<String> others(Actor actor, long storyId) {
        return presences.others(storyId, actor.id(), clock.instant().minus(GONE_AFTER)).stream()
                .map(this::name)
                .toList();
    }

    @Transactional
    public void takeOver(Actor actor, long siteId, long storyId) {
        newsroom.find(actor, siteId, storyId).requireEditableBy(actor);
        var now = clock.instant();
        presences.seen(storyId, actor.id(), now);
        presences.takeOver(storyId, actor.id(), now.minus(GONE_AFTER));
    }

    private String name(long accountId) {
        return accounts.byId(accountId).map(Actor::displayName).orElse("?");
    }
}

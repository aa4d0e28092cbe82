package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The note thread of a story: only its writers and the site's editors read and write in it. */
@Service
public class NoteThread {

    static final int MAX_NOTE = 4000;

    private final Newsroom newsroom;
    private final StoryNotes notes;
    private final AuditLog audit;

    NoteThread(Newsroom newsroom, StoryNotes notes, AuditLog audit) {
        this.newsroom = newsroom;
        this.notes = notes;
        this.audit = audit;
    }

    /** Adds a note to the story's thread. */
    @Transactional
    public void add(Actor actor, long siteId, long id, String body) {
        var text = body == null ? "" : body.strip();
        var story = newsroom.find(actor, siteId, id);
        story.requireInConversation(actor);
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            throw new NoteRefused("Tulis catatan (paling banyak " + MAX_NOTE + " karakter).");
        }
        notes.add(id, actor.id(), actor.displayName(), text);
        audit.record(siteId, id, actor, "menulis catatan", "");
    }

    /** The story's notes, oldest first. */
    public List<StoryNote> of(Actor actor, long siteId, long id) {
        newsroom.find(actor, siteId, id).requireInConversation(actor);
        return notes.of(id);
    }
}

package id.redaksi.newsroom;

import java.time.Instant;

/** Someone saved the story after the version this edit started from: saving now would overwrite their work. */
public class StoryChanged extends RuntimeException {

    private final String savedBy;
    private final Instant savedAt;

    public StoryChanged(String savedBy, Instant savedAt) {
        super("story changed by " + savedBy + " at " + savedAt);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}

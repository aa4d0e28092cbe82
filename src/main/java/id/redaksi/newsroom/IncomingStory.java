package id.redaksi.newsroom;

import id.redaksi.article.ArticleContent;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A story brought from another system in the state it had there (a WordPress import).
 *
 * @param at when it was first published (published), is due (scheduled), or was written (draft, submitted)
 * @param updatedAt when the other system last changed it
 */
@NamedInterface("imports")
public record IncomingStory(long siteId, ArticleContent content, State state, Instant at, Instant updatedAt) {

    /** The states another system's story can arrive in; anything else is not imported. */
    public enum State {
        PUBLISHED(StoryStatus.PUBLISHED),
        SCHEDULED(StoryStatus.SCHEDULED),
        DRAFT(StoryStatus.DRAFT),
        SUBMITTED(StoryStatus.SUBMITTED);

        private final StoryStatus status;

        State(StoryStatus status) {
            this.status = status;
        }

        StoryStatus status() {
            return status;
        }
    }

    /** The revision readers see, under the story's id, when it arrives published. */
    public ImportedStory published() {
        return new ImportedStory(siteId, content, at, updatedAt);
    }

    Instant scheduledAt() {
        return state == State.SCHEDULED ? at : null;
    }

    Instant firstPublishedAt() {
        return state == State.PUBLISHED ? at : null;
    }
}

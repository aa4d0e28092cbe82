package id.redaksi.newsroom;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A story went out to readers for the first time, by an editor or at its scheduled time. Later updates of a published
 * story announce {@link id.redaksi.article.ArticlePublished} only.
 *
 * @param writerIds the people credited as the story's writers
 * @param actorId the editor's account, or null when the scheduler published it
 */
@NamedInterface("events")
public record StoryPublished(
        long siteId, long storyId, String title, List<Long> writerIds, Long actorId, String actorName) {

    public StoryPublished {
        writerIds = List.copyOf(writerIds);
    }
}

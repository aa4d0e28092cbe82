package id.redaksi.newsroom;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * An editor sent a story back to its writers with a note saying what to change.
 *
 * @param writerIds the people credited as the story's writers
 */
@NamedInterface("events")
public record StoryReturned(
        long siteId, long storyId, String title, List<Long> writerIds, long actorId, String actorName, String note) {

    public StoryReturned {
        writerIds = List.copyOf(writerIds);
    }
}

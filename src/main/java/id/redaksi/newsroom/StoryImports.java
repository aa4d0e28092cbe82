package id.redaksi.newsroom;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stories that arrive already published (demo content, an older system's archive). */
@NamedInterface("imports")
@Service
public class StoryImports {

    private final Stories stories;
    private final Revisions revisions;

    StoryImports(Stories stories, Revisions revisions) {
        this.stories = stories;
        this.revisions = revisions;
    }

    /**
     * Records a story that is already published, with its content as revision 1, and returns its id. Publish its
     * article under that id ({@link ImportedStory#publishedAs(long)}), so that editing the story later updates the
     * same article.
     *
     * @param importedBy who saved the revision, such as {@code demo}
     */
    @Transactional
    public long importPublished(ImportedStory story, String importedBy) {
        long id = stories.insertPublished(story);
        revisions.add(id, importedBy, story.content(), story.updatedAt());
        return id;
    }
}

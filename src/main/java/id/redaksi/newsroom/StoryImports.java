package id.redaksi.newsroom;

import id.redaksi.site.Site;
import id.redaksi.site.SitePage;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stories that arrive already published (demo content, an older system's archive), and that system's pages. */
@NamedInterface("imports")
@Service
public class StoryImports {

    private final Stories stories;
    private final Revisions revisions;
    private final SiteProfiles profiles;

    StoryImports(Stories stories, Revisions revisions, SiteProfiles profiles) {
        this.stories = stories;
        this.revisions = revisions;
        this.profiles = profiles;
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

    /**
     * Records a story from another system in its state there, with its content as revision 1, and returns its id.
     * A published one is then published under that id, as with {@link #importPublished}.
     */
    @Transactional
    public long importStory(IncomingStory story, String importedBy) {
        long id = stories.insertImported(
                story.siteId(),
                story.state().status(),
                story.content(),
                story.scheduledAt(),
                story.firstPublishedAt(),
                story.at(),
                story.updatedAt());
        revisions.add(id, importedBy, story.content(), story.updatedAt());
        if (story.state() == IncomingStory.State.PUBLISHED) {
            revisions.markLive(id);
        }
        return id;
    }

    /**
     * Replaces a story imported earlier with what the other system now holds, as a new revision, and returns the
     * story's new version.
     */
    @Transactional
    public int reimport(long storyId, IncomingStory story, String importedBy) {
        int version = stories.replaceImported(
                storyId, story.state().status(), story.content(), story.scheduledAt(), story.firstPublishedAt());
        revisions.add(storyId, importedBy, story.content());
        if (story.state() == IncomingStory.State.PUBLISHED) {
            revisions.markLive(storyId);
        }
        return version;
    }

    /**
     * Saves a static page of the other system's (an outlet's "Tentang Kami") as the site's page of that slug, its text
     * through the same allow-list as a page a site admin saves; a page that already reads so is not written again.
     *
     * @return the page as the site now has it
     */
    public SitePage importPage(Site site, String slug, String title, String bodyHtml, String importedBy) {
        return profiles.importPage(site, slug, title, bodyHtml, importedBy);
    }

    /** The story's version, which every save in the newsroom moves on; empty when there is no such story. */
    public Optional<Integer> version(long storyId) {
        return stories.version(storyId);
    }
}

package id.redaksi.newsroom;

/**
 * What the story list shows; every criterion but the site may be null.
 *
 * @param ownerId with {@code ownerPersonId}: only stories this account created or is credited on ("my stories")
 */
public record StoryFilter(
        long siteId,
        StoryStatus status,
        Long rubricId,
        Long writerId,
        Long ownerId,
        Long ownerPersonId,
        String title) {}

package id.redaksi.newsroom;

/** A writer handed a story to the site's editors for review. */
public record StorySubmitted(long siteId, long storyId, String title, long actorId, String actorName) {}

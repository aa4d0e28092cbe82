package id.redaksi.newsroom;

import org.springframework.modulith.NamedInterface;

/** A writer handed a story to the site's editors for review. */
@NamedInterface("events")
public record StorySubmitted(long siteId, long storyId, String title, long actorId, String actorName) {}

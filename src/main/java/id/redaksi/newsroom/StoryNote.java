package id.redaksi.newsroom;

import java.time.Instant;

/** One note of a story's thread between its writers and the site's editors, as written (plain text). */
public record StoryNote(String author, String body, Instant at) {}

package id.redaksi.newsroom;

import java.time.Instant;

/** What an editor fills in to hand a story idea to a writer. */
public record NewAssignment(String title, String brief, long personId, Instant deadline) {}

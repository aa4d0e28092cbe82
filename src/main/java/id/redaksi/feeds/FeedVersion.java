package id.redaksi.feeds;

import java.time.Instant;

/**
 * What identifies a feed's content without writing it.
 *
 * @param etag changes when an article enters, leaves or is edited
 * @param lastModified the newest change among the feed's articles, or null for an empty feed
 */
record FeedVersion(String etag, Instant lastModified) {}

package id.redaksi.article;

import java.time.Instant;

/** An article taken off the site, and what its address tells readers instead: its title, why, and when. */
public record Withdrawal(long articleId, long siteId, String title, String reason, Instant at) {}

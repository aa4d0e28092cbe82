package id.redaksi.article;

import java.time.Instant;

/**
 * A story the newsroom marked as a live report (laporan langsung): live while it has no end, its coverage running
 * from {@code startedAt} to {@code endedAt}.
 */
public record LiveReport(long articleId, Instant startedAt, Instant endedAt) {

    public boolean isLive() {
        return endedAt == null;
    }
}

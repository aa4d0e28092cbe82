package id.redaksi.web;

import id.redaksi.site.BreakingNews;
import id.redaksi.site.PublicWords;
import id.redaksi.site.Site;
import java.time.Instant;

/**
 * What every public page of a site shares: the site itself (its name, rubric bar), the head's metadata,
 * and which rubric to mark as current.
 */
public record Chrome(Site site, Meta meta, String activeRubric) {

    public Chrome(Site site, Meta meta) {
        this(site, meta, null);
    }

    /** The site's breaking news bar while it runs, else null; the page cache drops the pages once it ends. */
    public BreakingNews breaking() {
        return site.breakingAt(Instant.now());
    }

    /** A word of the public chrome in the site's language; see {@link PublicWords}. */
    public String t(String key, Object... arguments) {
        return PublicWords.of(site.language(), key, arguments);
    }
}

package id.redaksi.web;

import id.redaksi.site.AdPlacement;
import id.redaksi.site.AdSlot;
import id.redaksi.site.BreakingNews;
import id.redaksi.site.PublicWords;
import id.redaksi.site.Site;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What every public page of a site shares: the site itself (its name, rubric bar), the head's metadata,
 * which rubric to mark as current, and whether the page carries the site's ads.
 *
 * @param adsAllowed false on pages that must never show an ad: the newsroom's previews, error pages
 */
public record Chrome(Site site, Meta meta, String activeRubric, boolean adsAllowed) {

    public Chrome(Site site, Meta meta) {
        this(site, meta, null);
    }

    public Chrome(Site site, Meta meta, String activeRubric) {
        this(site, meta, activeRubric, true);
    }

    /** The site's breaking news bar while it runs, else null; the page cache drops the pages once it ends. */
    public BreakingNews breaking() {
        return site.breakingAt(Instant.now());
    }

    /** A word of the public chrome in the site's language; see {@link PublicWords}. */
    public String t(String key, Object... arguments) {
        return PublicWords.of(site.language(), key, arguments);
    }

    /** The same page without ads. */
    public Chrome withoutAds() {
        return new Chrome(site, meta, activeRubric, false);
    }

    /** The ad this page shows at a placement today, in the site's zone; null for none. */
    public AdSlot ad(AdPlacement placement) {
        return adsAllowed ? site.ads().showing(placement, today()).orElse(null) : null;
    }

    /** Whether the page carries ads: only then does it load their script and allow their networks (AdPolicy). */
    public boolean carriesAds() {
        return adsAllowed && site.ads().anyShowing(today());
    }

    private LocalDate today() {
        return LocalDate.now(site.zone());
    }
}

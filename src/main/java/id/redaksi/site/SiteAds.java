package id.redaksi.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site's ads, as its site admin set them: the slots by placement, after which paragraph of an article the
 * in-article one sits, the ad networks' origins its pages may load from, and its {@code ads.txt}.
 *
 * @param origins such as {@code https://pagead2.googlesyndication.com}, the only places ad scripts may come from
 */
public record SiteAds(int inArticleAfter, List<String> origins, String adsTxt, Map<AdPlacement, AdSlot> slots) {

    public static final int IN_ARTICLE_AFTER = 3;

    /** A site nobody set ads for. */
    public static final SiteAds NONE = new SiteAds(IN_ARTICLE_AFTER, List.of(), "", Map.of());

    public SiteAds {
        origins = List.copyOf(origins);
        adsTxt = adsTxt == null ? "" : adsTxt.replace("\r\n", "\n");
        slots = Map.copyOf(slots);
    }

    /** The slot of a placement when it has something to show on this day. */
    public Optional<AdSlot> showing(AdPlacement placement, LocalDate day) {
        return Optional.ofNullable(slots.get(placement)).filter(slot -> slot.showsOn(day));
    }

    /** Whether any slot shows on this day: only then do pages carry ads, their script and their policy. */
    public boolean anyShowing(LocalDate day) {
        return slots.values().stream().anyMatch(slot -> slot.showsOn(day));
    }
}

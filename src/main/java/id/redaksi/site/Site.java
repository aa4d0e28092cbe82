package id.redaksi.site;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One regional site of the network.
 *
 * @param dateline put by the system in front of an article's first paragraph, such as {@code MALANGTIMES}
 * @param baseUrl the absolute address readers use, without a trailing slash; canonical links start with it
 * @param rubrics in the order of the rubric bar
 * @param profile its footer's settings and static pages
 * @param breaking the breaking news bar until it ends, else null
 * @param ads its ad slots and ads.txt; {@link SiteAds#NONE} when nobody set them
 */
public record Site(
        long id,
        String slug,
        String name,
        String dateline,
        String tagline,
        String baseUrl,
        String language,
        ZoneId zone,
        String logoPath,
        List<String> hosts,
        List<Rubric> rubrics,
        SiteProfile profile,
        BreakingNews breaking,
        SiteAds ads) {

    public Optional<Rubric> rubric(String slug) {
        return rubrics.stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    public Optional<Rubric> rubric(long id) {
        // a loop, not a stream: every card of a list page asks
        for (var rubric : rubrics) {
            if (rubric.id() == id) {
                return Optional.of(rubric);
            }
        }
        return Optional.empty();
    }

    /** The breaking news bar to show at {@code now}, or null. */
    public BreakingNews breakingAt(Instant now) {
        return breaking != null && breaking.shownAt(now) ? breaking : null;
    }

    /** The absolute address of a path of the site; an address already absolute (a picture on a CDN) is kept. */
    public String url(String path) {
        return path.startsWith("https://") || path.startsWith("http://") ? path : baseUrl + path;
    }
}

package id.redaksi.site;

import java.util.List;
import java.util.Optional;

/**
 * What a site publishes about itself as a press outlet: its footer's settings and its static pages, read with the
 * site so that every page's footer costs no query.
 *
 * @param pages in the footer's order
 */
public record SiteProfile(SiteFooter footer, List<SitePage> pages) {

    public static final SiteProfile EMPTY = new SiteProfile(SiteFooter.EMPTY, List.of());

    public Optional<SitePage> page(String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }
}

package id.redaksi.api;

import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import java.util.List;

/** A site as apps see it, with its rubrics in the order of the rubric bar. */
record SiteView(
        String slug,
        String name,
        String tagline,
        String url,
        String language,
        String timeZone,
        String logoUrl,
        List<Link> rubrics) {

    static SiteView of(Site site) {
        return new SiteView(
                site.slug(),
                site.name(),
                site.tagline(),
                site.url("/"),
                site.language(),
                site.zone().getId(),
                site.url(site.logoPath() == null ? "/logo.png" : site.logoPath()),
                site.rubrics().stream().map(r -> Link.rubric(site, r)).toList());
    }

    /** Something with a public page: a rubric, topic or person. */
    record Link(String slug, String name, String url) {

        static Link rubric(Site site, Rubric rubric) {
            return new Link(rubric.slug(), rubric.name(), site.url("/kanal/" + rubric.slug()));
        }
    }
}

package id.redaksi.site;

import java.time.Instant;

/**
 * A static page of a site at {@code /halaman/{slug}}: the masthead (Redaksi), the cyber-media guideline, contact and
 * the like. Never an article: no byline, no rubric, not in the article lists, feeds or the API.
 *
 * @param bodyHtml already sanitised, as a story's body is, by whoever saved it
 */
public record SitePage(String slug, String title, String bodyHtml, int position, Instant updatedAt) {

    public String path() {
        return "/halaman/" + slug;
    }
}

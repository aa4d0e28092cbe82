package id.redaksi.site;

import java.time.Instant;

/**
 * The breaking news bar of a site: a line of text and where it leads, shown on every page of the site until
 * {@code endsAt}. {@link Sites} holds it with the site and drops it once it has ended, which changes the site and so
 * drops every page that showed it.
 *
 * @param url a path of the site ({@code /baca/...}) or an absolute http(s) address
 * @param articleId the site's story it points at, or null for a text of the editor's own
 */
public record BreakingNews(String text, String url, Long articleId, Instant endsAt) {

    public boolean shownAt(Instant now) {
        return now.isBefore(endsAt);
    }
}

package id.redaksi.api;

import id.redaksi.api.ArticleSummary.ImageView;
import id.redaksi.article.LiveReport;
import id.redaksi.article.LiveUpdate;
import id.redaksi.site.Site;
import java.util.List;

/**
 * A live report's part of an article: its state, its coverage and its updates, pinned first, then the newest.
 *
 * @param coverageEnd null while it is live
 */
record LiveView(boolean live, String coverageStart, String coverageEnd, List<UpdateView> updates) {

    static LiveView of(Site site, LiveReport report, List<LiveUpdate> updates) {
        var zone = site.zone();
        return new LiveView(
                report.isLive(),
                ApiTime.iso(report.startedAt(), zone),
                report.isLive() ? null : ApiTime.iso(report.endedAt(), zone),
                updates.stream().map(u -> UpdateView.of(site, u)).toList());
    }

    /** @param html sanitised, with embeds as the page shows them */
    record UpdateView(
            long id, String text, String html, String postedAt, String writer, boolean pinned, ImageView image) {

        static UpdateView of(Site site, LiveUpdate u) {
            return new UpdateView(
                    u.id(),
                    u.text(),
                    u.html(),
                    ApiTime.iso(u.postedAt(), site.zone()),
                    u.writer(),
                    u.pinned(),
                    ImageView.of(site, u.image(), "", ""));
        }
    }
}

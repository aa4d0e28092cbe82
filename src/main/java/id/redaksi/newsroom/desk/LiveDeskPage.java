package id.redaksi.newsroom.desk;

import id.redaksi.newsroom.LiveCoverage;
import id.redaksi.newsroom.desk.DeskPages.Desk;
import id.redaksi.site.Site;
import java.util.Map;

/**
 * A live report's newsroom page: the phone's one text box and send button, then the updates as readers see them.
 *
 * @param text what was typed in the box, kept when the post was refused
 * @param imageId the picture number typed or picked, kept likewise
 * @param errors messages by field ({@code teks}, {@code gambar})
 */
public record LiveDeskPage(
        Desk desk,
        Site site,
        LiveCoverage.ReportDesk live,
        String text,
        String imageId,
        Map<String, String> errors,
        String message) {

    public String base() {
        return DeskSupport.storyPath(site, live.story().id()) + "/langsung";
    }
}

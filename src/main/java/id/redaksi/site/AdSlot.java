package id.redaksi.site;

import java.time.LocalDate;

/**
 * What a site admin put in one place: an ad network's code (trusted HTML and scripts, pasted as the network gives
 * it), or a local advertiser's picture with the address it links to.
 *
 * @param endsOn the last day it shows, in the site's zone; null for no end
 * @param height the pixels the page keeps for it before it loads, so nothing below it moves
 */
public record AdSlot(
        AdPlacement placement, String code, String imageUrl, String linkUrl, LocalDate endsOn, int height) {

    public AdSlot {
        // the page's policy allows an inline script by the hash of its text; a browser reads CR LF as LF
        code = code == null ? "" : code.replace("\r\n", "\n").strip();
        imageUrl = imageUrl == null ? "" : imageUrl.strip();
        linkUrl = linkUrl == null ? "" : linkUrl.strip();
    }

    /** A picture with a link rather than code: a local advertiser's. */
    public boolean isImage() {
        return code.isEmpty() && !imageUrl.isEmpty();
    }

    /** Whether it has something to show on this day. */
    public boolean showsOn(LocalDate day) {
        return (!code.isEmpty() || !imageUrl.isEmpty()) && (endsOn == null || !day.isAfter(endsOn));
    }
}

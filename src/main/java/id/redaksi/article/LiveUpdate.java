package id.redaksi.article;

import id.redaksi.media.Image;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One update of a live report as readers see it.
 *
 * @param text as the newsroom typed it
 * @param html sanitised, with embeds as readers get them
 * @param imageId the picture's number in the media library, or null
 * @param image that picture as pages show it, or null
 * @param writer the name of who posted it
 */
public record LiveUpdate(
        long id, String text, String html, Long imageId, Image image, String writer, Instant postedAt, boolean pinned) {

    /**
     * Its time as the page, the feed and the desk show it, {@code 14.32 WIB}: Indonesia's zones by their Indonesian
     * names, any other by its offset.
     */
    public String clock(ZoneId zone) {
        var t = postedAt.atZone(zone);
        var name = switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> "UTC" + t.getOffset().getId().replace("Z", "");
        };
        return "%02d.%02d %s".formatted(t.getHour(), t.getMinute(), name);
    }
}

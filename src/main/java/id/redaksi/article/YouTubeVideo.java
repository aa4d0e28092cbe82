package id.redaksi.article;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A YouTube video a story leads with, known by its id: the one reading of the addresses writers paste (a watch page,
 * youtu.be or a short), and the addresses readers' pages use. The player comes from the privacy-enhanced
 * {@code youtube-nocookie.com}, which sets no cookie until the reader plays.
 */
public record YouTubeVideo(String id) {

    private static final Pattern ADDRESS = Pattern.compile(
            "https://(?:(?:www\\.|m\\.)?youtube\\.com/(?:watch\\?(?:[\\w.=&-]*&)?v=|shorts/)|youtu\\.be/)"
                    + "([\\w-]{11})(?:[?&#][\\w.=&%-]*)?");

    /** The video a pasted address names; empty for anything that is not a YouTube video's address. */
    public static Optional<YouTubeVideo> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        var matcher = ADDRESS.matcher(address.strip());
        return matcher.matches() ? Optional.of(new YouTubeVideo(matcher.group(1))) : Optional.empty();
    }

    public String watchUrl() {
        return "https://www.youtube.com/watch?v=" + id;
    }

    /** What the page loads, only once the reader presses play. */
    public String embedUrl() {
        return "https://www.youtube-nocookie.com/embed/" + id;
    }

    /** YouTube's own still of the video, 480 × 360, for the JSON-LD and the feed; the page shows the lead picture. */
    public String thumbnailUrl() {
        return "https://i.ytimg.com/vi/" + id + "/hqdefault.jpg";
    }
}

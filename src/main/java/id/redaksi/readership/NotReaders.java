package id.redaksi.readership;

import java.util.List;
import java.util.Locale;

/** Requests that are not a person reading: crawlers, headless browsers and pages fetched ahead of a click. */
final class NotReaders {

    /**
     * Matched anywhere in the lower-cased user agent. The generic words catch most crawlers by name (Googlebot,
     * bingbot, Baiduspider, DuckDuckBot, Twitterbot, PetalBot …); the rest are the well-known ones that do not.
     */
    private static final List<String> ROBOTS = List.of(
            "yandex",
            "facebookexternalhit",
            "slurp",
            "ahrefs",
            "semrush",
            "bot",
            "crawler",
            "spider",
            "headlesschrome",
            "phantomjs",
            "puppeteer",
            "playwright",
            "lighthouse");

    private NotReaders() {}

    /** A request without a user agent is no browser, so it counts as a robot. */
    static boolean isRobot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        var agent = userAgent.toLowerCase(Locale.ROOT);
        return ROBOTS.stream().anyMatch(agent::contains);
    }

    static boolean isPrefetch(String secPurpose, String purpose, String xMoz) {
        return contains(secPurpose, "prefetch") || contains(purpose, "prefetch") || contains(xMoz, "prefetch");
    }

    private static boolean contains(String header, String word) {
        return header != null && header.toLowerCase(Locale.ROOT).contains(word);
    }
}

package id.redaksi.feeds;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * One file of a month's article sitemap. A sitemap holds at most {@value #URLS_PER_FILE} addresses, so a month
 * with more is split: part 1 is {@code /sitemap-articles-2023-09.xml}, part 2 {@code /sitemap-articles-2023-09-2.xml},
 * and so on, each taking the next {@value #URLS_PER_FILE} articles in publishing order.
 */
record SitemapMonth(YearMonth month, int part) {

    static final int URLS_PER_FILE = 50_000;
    private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{2})(?:-([2-9]|[1-9]\\d+))?");

    /** The part a file name names; {@code -1} is not accepted, so every file has one address. */
    static Optional<SitemapMonth> parse(String name) {
        var m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        int part = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return Optional.of(new SitemapMonth(YearMonth.of(Integer.parseInt(m.group(1)), month), part));
    }

    /** The files a month with this many articles needs. */
    static List<SitemapMonth> parts(YearMonth month, long articles) {
        int files = (int) ((articles + URLS_PER_FILE - 1) / URLS_PER_FILE);
        return IntStream.rangeClosed(1, files)
                .mapToObj(part -> new SitemapMonth(month, part))
                .toList();
    }

    String path() {
        return "/sitemap-articles-" + month + (part == 1 ? "" : "-" + part) + ".xml";
    }

    /** The month starts at midnight on its first day in the site's zone, as the newsroom's calendar does. */
    Instant from(ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    Instant until(ZoneId zone) {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    int offset() {
        return (part - 1) * URLS_PER_FILE;
    }

    /**
     * A month that has articles on a site.
     *
     * @param lastModified the latest publishing or edit time among them
     */
    record Summary(YearMonth month, long articles, Instant lastModified) {}
}

package id.redaksi.feeds;

import id.redaksi.article.LiveReports;
import id.redaksi.site.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.springframework.stereotype.Component;

/**
 * Answers a feed request: a 304 when the reader's copy is current (by ETag or date), otherwise the feed,
 * streamed from the database to the response.
 */
@Component
class Feeds {

    static final int SIZE = 50;
    static final String CONTENT_TYPE = "application/rss+xml; charset=utf-8";

    private final FeedArticles articles;
    private final LiveReports liveReports;
    private final Clock clock;

    Feeds(FeedArticles articles, LiveReports liveReports, Clock clock) {
        this.articles = articles;
        this.liveReports = liveReports;
        this.clock = clock;
    }

    /** @param channel the feed's title, the page it follows and its description */
    void answer(Site site, FeedScope scope, Channel channel, HttpServletRequest http, HttpServletResponse response)
            throws IOException {
        var version = articles.version(scope, SIZE);
        if (version.isCurrent(http, response)) {
            return;
        }
        response.setContentType(CONTENT_TYPE);
        var lastBuild = version.lastModified() != null ? version.lastModified() : Instant.now(clock);
        try (var rss = new RssWriter(response.getOutputStream(), site)) {
            rss.start(
                    channel.title(),
                    site.url(channel.path()),
                    channel.description(),
                    site.url(channel.selfPath()),
                    lastBuild);
            // the feed's few items are read first, so a live report's updates come in one more query for them all
            var items = new ArrayList<FeedItem>(SIZE);
            articles.newest(scope, SIZE, items::add);
            var updates = liveReports.updates(items.stream().map(FeedItem::id).toList());
            for (var item : items) {
                rss.item(item, updates.getOrDefault(item.id(), List.of()));
            }
        } catch (XMLStreamException e) {
            throw new IOException("feed " + channel.selfPath() + " could not be written", e);
        }
    }

    record Channel(String title, String path, String description, String selfPath) {}
}

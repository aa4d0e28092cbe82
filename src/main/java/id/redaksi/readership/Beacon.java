package id.redaksi.readership;

import id.redaksi.site.Sites;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Decides whether a hit is a read to count: a published article of the site the request came to, with the token of
 * that article's page, from a person rather than a robot or a prefetch, not a reload within half an hour, and within
 * what one address may read. Everything it consults is in memory.
 */
@Component
class Beacon {

    private final Sites sites;
    private final PublishedArticles published;
    private final ReadTokens tokens;
    private final Readers readers;
    private final HitCounter counter;
    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);

    Beacon(
            Sites sites,
            PublishedArticles published,
            ReadTokens tokens,
            Readers readers,
            HitCounter counter,
            MeterRegistry meters) {
        this.sites = sites;
        this.published = published;
        this.tokens = tokens;
        this.readers = readers;
        this.counter = counter;
        for (var outcome : Outcome.values()) {
            outcomes.put(
                    outcome,
                    Counter.builder("redaksi.readership.hits")
                            .description("Beacon hits by outcome: counted, or why not (repeated covers reloads and the"
                                    + " per-address limits)")
                            .tag("outcome", outcome.tag)
                            .register(meters));
        }
    }

    void received(HttpServletRequest request, String id, String token) {
        outcomes.get(judge(request, id, token)).increment();
    }

    private Outcome judge(HttpServletRequest request, String id, String token) {
        var articleId = parse(id);
        var userAgent = request.getHeader(HttpHeaders.USER_AGENT);
        if (articleId.isEmpty()) {
            return Outcome.NO_ARTICLE;
        }
        if (NotReaders.isRobot(userAgent)
                || NotReaders.isPrefetch(
                        request.getHeader("Sec-Purpose"), request.getHeader("Purpose"), request.getHeader("X-Moz"))) {
            return Outcome.NOT_A_READER;
        }
        var site = sites.byHost(request.getServerName());
        if (site.isEmpty()) {
            return Outcome.NO_SITE;
        }
        long siteId = site.get().id();
        long article = articleId.getAsLong();
        if (!tokens.isValid(token, siteId, article)) {
            return Outcome.BAD_TOKEN;
        }
        if (!readers.counts(request.getRemoteAddr(), userAgent, article)) {
            return Outcome.REPEATED;
        }
        counter.count(article, siteId, published.isKnown(siteId, article));
        return Outcome.COUNTED;
    }

    /**
     * What became of a hit, one counter each, registered once: the beacon is the hottest path there is.
     * {@code redaksi.readership.dropped} counts reads counted then lost.
     */
    private enum Outcome {
        COUNTED("counted"),
        REPEATED("repeated"),
        BAD_TOKEN("bad-token"),
        NOT_A_READER("not-a-reader"),
        NO_SITE("no-site"),
        NO_ARTICLE("no-article");

        private final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }
    }

    private static OptionalLong parse(String id) {
        if (id == null || id.isBlank() || id.length() > 19) {
            return OptionalLong.empty();
        }
        try {
            long value = Long.parseLong(id.strip());
            return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}

package id.redaksi.readership;

import id.redaksi.site.Sites;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
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
    private final MeterRegistry meters;

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
        this.meters = meters;
    }

    void received(HttpServletRequest request, String id, String token) {
        outcome(judge(request, id, token)).increment();
    }

    private String judge(HttpServletRequest request, String id, String token) {
        var articleId = parse(id);
        var userAgent = request.getHeader(HttpHeaders.USER_AGENT);
        if (articleId.isEmpty()) {
            return "no-article";
        }
        if (NotReaders.isRobot(userAgent)
                || NotReaders.isPrefetch(
                        request.getHeader("Sec-Purpose"), request.getHeader("Purpose"), request.getHeader("X-Moz"))) {
            return "not-a-reader";
        }
        var site = sites.byHost(request.getServerName());
        if (site.isEmpty()) {
            return "no-site";
        }
        long siteId = site.get().id();
        long article = articleId.getAsLong();
        if (!tokens.isValid(token, siteId, article)) {
            return "bad-token";
        }
        if (!readers.counts(request.getRemoteAddr(), userAgent, article)) {
            return "repeated";
        }
        counter.count(article, siteId, published.isKnown(siteId, article));
        return "counted";
    }

    /** One counter per outcome, a handful in all; {@code redaksi.readership.dropped} counts reads counted then lost. */
    private Counter outcome(String outcome) {
        return Counter.builder("redaksi.readership.hits")
                .description("Beacon hits by outcome: counted, or why not (repeated covers reloads and the per-address "
                        + "limits)")
                .tag("outcome", outcome)
                .register(meters);
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

package id.redaksi.pagecache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The purge messages nodes send each other over PostgreSQL's NOTIFY, as JSON: {@code {"node": ..., "site": 3,
 * "article": 120, "sent": 1767225600000}} for one article's pages ({@code "article": 0}, which no article has, for the
 * site's lists alone: what editors placed on its front page changed), {@code {"node": ..., "sites": true}} when sites or
 * rubrics changed (every node reads them again), or {@code {"all": true}} for every page of every node and its sites
 * read again (an operator can send that from psql: {@code select pg_notify('redaksi_purge', '{"all":true}')}). Each
 * node signs its messages,
 * so it can skip its own: it has purged already, right after its commit.
 */
@Component
class PurgeMessages {

    static final String CHANNEL = "redaksi_purge";

    /**
     * What one message asks for: {@code all} means every page and the sites read again, {@code sites} the sites read
     * again (which drops the pages of those that changed); otherwise one article's pages. {@code sentMillis} is the
     * sender's clock at sending, 0 when the message does not say (an operator's from psql).
     */
    record Purge(boolean all, boolean sites, long siteId, long articleId, long sentMillis) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String node;

    @Autowired
    PurgeMessages(JdbcClient jdbc, JsonMapper json) {
        this(jdbc, json, UUID.randomUUID().toString());
    }

    PurgeMessages(JdbcClient jdbc, JsonMapper json, String node) {
        this.jdbc = jdbc;
        this.json = json;
        this.node = node;
    }

    /** The article id of a message about the site's lists alone; ids of articles start at 1. */
    static final long NO_ARTICLE = 0;

    /** Sent in the caller's transaction: PostgreSQL delivers it at commit, so nobody purges before the change shows. */
    void send(long siteId, long articleId) {
        var message = new LinkedHashMap<String, Object>();
        message.put("node", node);
        message.put("site", siteId);
        message.put("article", articleId);
        message.put("sent", System.currentTimeMillis());
        notify(message);
    }

    /** Tells the other nodes, at the commit of the caller's transaction, to read the sites again. */
    void sendSites() {
        var message = new LinkedHashMap<String, Object>();
        message.put("node", node);
        message.put("sites", true);
        message.put("sent", System.currentTimeMillis());
        notify(message);
    }

    private void notify(Map<String, Object> message) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", json.writeValueAsString(message))
                .query()
                .listOfRows();
    }

    /** The purge a message asks of this node: none for its own messages or for a payload it cannot read. */
    Optional<Purge> read(String payload) {
        try {
            var message = json.readTree(payload);
            if (node.equals(message.path("node").asString(null))) {
                return Optional.empty();
            }
            long sent = message.path("sent").canConvertToLong()
                    ? message.path("sent").asLong()
                    : 0;
            if (message.path("all").asBoolean(false)) {
                return Optional.of(new Purge(true, false, 0, 0, sent));
            }
            if (message.path("sites").asBoolean(false)) {
                return Optional.of(new Purge(false, true, 0, 0, sent));
            }
            if (message.path("site").canConvertToLong()
                    && message.path("article").canConvertToLong()) {
                return Optional.of(new Purge(
                        false,
                        false,
                        message.path("site").asLong(),
                        message.path("article").asLong(),
                        sent));
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}

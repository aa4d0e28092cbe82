package id.redaksi.article;

import id.redaksi.media.ImageSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Live reports and their updates (tables {@code live_report}, {@code live_update}). An update goes out at once, the
 * report having been reviewed when it was published, so every change here announces itself as a change of the
 * article ({@link ArticlePublished}): its page, the front and its rubric are purged on every node, as for a
 * publication, and with them the poll answers kept under the article's address.
 */
@Service
public class LiveReports {

    /** What a phone's text box may hold: a few paragraphs, never a second article. */
    public static final int MAX_TEXT = 5000;

    private static final String UPDATE_COLUMNS = """
            select u.id, u.text, u.body_html, u.image_id, u.writer_name, u.posted_at, u.pinned,
                   i.image_path, i.image_width, i.image_height, i.image_alt, i.image_srcset
            from live_update u left join media_image i on i.id = u.image_id
            """;

    /** What a new or changed update says: its text as typed, and a picture of the site's library or none. */
    public record Draft(String text, Long imageId) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ImageSettings images;

    LiveReports(JdbcClient jdbc, ApplicationEventPublisher events, ImageSettings images) {
        this.jdbc = jdbc;
        this.events = events;
        this.images = images;
    }

    public Optional<LiveReport> find(long articleId) {
        return jdbc.sql("select article_id, started_at, ended_at from live_report where article_id = :id")
                .param("id", articleId)
                .query(LiveReports::report)
                .optional();
    }

    /** The site's published live report of that id: what readers may poll. */
    public Optional<LiveReport> published(long siteId, long articleId) {
        return jdbc.sql("""
                        select r.article_id, r.started_at, r.ended_at from live_report r
                        where r.article_id = :id and r.site_id = :site
                          and exists (select 1 from article a where a.id = r.article_id)""")
                .param("id", articleId)
                .param("site", siteId)
                .query(LiveReports::report)
                .optional();
    }

    /** Makes the story a live report, live from {@code at}; a story that is one already stays as it is. */
    @Transactional
    public void mark(long siteId, long articleId, Instant at) {
        int made = jdbc.sql("""
                        insert into live_report (article_id, site_id, started_at) values (:id, :site, :at)
                        on conflict (article_id) do nothing""")
                .param("id", articleId)
                .param("site", siteId)
                .param("at", Timestamp.from(at))
                .update();
        if (made > 0) {
            changed(articleId, at);
        }
    }

    /** Makes it an ordinary story again, unless it has updates: those stay readable, so the report can only end. */
    @Transactional
    public boolean unmark(long articleId, Instant at) {
        int removed = jdbc.sql("""
                        delete from live_report r where r.article_id = :id
                          and not exists (select 1 from live_update u where u.article_id = r.article_id)""").param("id", articleId).update();
        if (removed > 0) {
            changed(articleId, at);
        }
        return find(articleId).isEmpty();
    }

    /** Ends the coverage at {@code at}, or with {@code live} takes it up again. */
    @Transactional
    public void end(long articleId, boolean live, Instant at) {
        jdbc.sql("update live_report set ended_at = :ended where article_id = :id")
                .param("id", articleId)
                .param("ended", live ? null : Timestamp.from(at))
                .update();
        changed(articleId, at);
    }

    @Transactional
    public long post(long articleId, Draft draft, Long writerPersonId, String writerName, Instant at) {
        long id = jdbc.sql("""
                        insert into live_update (article_id, text, body_html, image_id, writer_person_id, writer_name,
                                                 posted_at)
                        values (:id, :text, :html, :image, :person, :name, :at) returning id""")
                .param("id", articleId)
                .param("text", draft.text().strip())
                .param("html", html(draft.text()))
                .param("image", draft.imageId())
                .param("person", writerPersonId)
                .param("name", writerName)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
        changed(articleId, at);
        return id;
    }

    @Transactional
    public void edit(long articleId, long updateId, Draft draft, Instant at) {
        jdbc.sql("""
                        update live_update set text = :text, body_html = :html, image_id = :image, edited_at = :at
                        where id = :update and article_id = :id and deleted_at is null""")
                .param("id", articleId)
                .param("update", updateId)
                .param("text", draft.text().strip())
                .param("html", html(draft.text()))
                .param("image", draft.imageId())
                .param("at", Timestamp.from(at))
                .update();
        changed(articleId, at);
    }

    /** Takes the update off the page; the row stays with who deleted it, for the audit. */
    @Transactional
    public void delete(long articleId, long updateId, String by, Instant at) {
        jdbc.sql("""
                        update live_update set deleted_at = :at, deleted_by = :by
                        where id = :update and article_id = :id and deleted_at is null""")
                .param("id", articleId)
                .param("update", updateId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        changed(articleId, at);
    }

    @Transactional
    public void pin(long articleId, long updateId, boolean pinned, Instant at) {
        jdbc.sql("update live_update set pinned = :pinned where id = :update and article_id = :id")
                .param("id", articleId)
                .param("update", updateId)
                .param("pinned", pinned)
                .update();
        changed(articleId, at);
    }

    /** The updates readers see: pinned ones on top, then the newest first. */
    public List<LiveUpdate> updates(long articleId) {
        return jdbc.sql(UPDATE_COLUMNS + """
                        where u.article_id = :id and u.deleted_at is null
                        order by u.pinned desc, u.id desc""")
                .param("id", articleId)
                .query(this::update)
                .list();
    }

    /** The updates of each of these articles that is a live report, in the order {@link #updates(long)} gives. */
    public Map<Long, List<LiveUpdate>> updates(Collection<Long> articleIds) {
        var byArticle = new HashMap<Long, List<LiveUpdate>>();
        jdbc.sql(UPDATE_COLUMNS.replace("select u.id,", "select u.article_id, u.id,") + """
                        where u.article_id = any(:ids) and u.deleted_at is null
                        order by u.article_id, u.pinned desc, u.id desc""")
                .param("ids", articleIds.toArray(Long[]::new))
                .query((rs, n) -> byArticle
                        .computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                        .add(update(rs, n)))
                .list();
        return byArticle;
    }

    /** The updates posted after {@code afterId}, newest first: what a page that shows that one has not shown yet. */
    public List<LiveUpdate> after(long articleId, long afterId) {
        return jdbc.sql(UPDATE_COLUMNS + """
                        where u.article_id = :id and u.deleted_at is null and u.id > :after
                        order by u.id desc""")
                .param("id", articleId)
                .param("after", afterId)
                .query(this::update)
                .list();
    }

    /** Whether the id is one of the report's updates, deleted ones too: a page may still show one. */
    public boolean hasUpdate(long articleId, long updateId) {
        return jdbc.sql("select exists (select 1 from live_update where article_id = :id and id = :update)")
                .param("id", articleId)
                .param("update", updateId)
                .query(Boolean.class)
                .single();
    }

    public Optional<LiveUpdate> update(long articleId, long updateId) {
        return jdbc.sql(UPDATE_COLUMNS + " where u.article_id = :id and u.id = :update and u.deleted_at is null")
                .param("id", articleId)
                .param("update", updateId)
                .query(this::update)
                .optional();
    }

    private static LiveReport report(ResultSet rs, int row) throws SQLException {
        var ended = rs.getTimestamp("ended_at");
        return new LiveReport(
                rs.getLong("article_id"),
                rs.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant());
    }

    private LiveUpdate update(ResultSet rs, int row) throws SQLException {
        return new LiveUpdate(
                rs.getLong("id"),
                rs.getString("text"),
                ArticleBody.forReaders(rs.getString("body_html")),
                rs.getObject("image_id", Long.class),
                images.image(rs),
                rs.getString("writer_name"),
                rs.getTimestamp("posted_at").toInstant(),
                rs.getBoolean("pinned"));
    }

    /** Each line typed is a paragraph; an address alone on its line becomes an embed, as in the article editor. */
    static String html(String text) {
        var html = new StringBuilder();
        text.strip()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .forEach(line ->
                        html.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>"));
        return BodySanitizer.sanitize(html.toString());
    }

    /**
     * A published article's page changed at {@code at}, which becomes its time of update (the page's "Diperbarui", its
     * dateModified, the feeds' validators); a draft's report waits for its publication.
     */
    private void changed(long articleId, Instant at) {
        jdbc.sql("""
                        update article set updated_at = greatest(updated_at, :at) where id = :id
                        returning site_id, rubric_id""")
                .param("id", articleId)
                .param("at", Timestamp.from(at))
                .query((rs, n) -> new ArticlePublished(rs.getLong("site_id"), articleId, rs.getLong("rubric_id")))
                .optional()
                .ifPresent(events::publishEvent);
    }
}

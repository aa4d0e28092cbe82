package id.redaksi.newsroom;

import id.redaksi.article.ArticleContent;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stories and their drafts. Saves are optimistic: a save names the version it started from. */
@Repository
public class Stories {

    private final JdbcClient jdbc;

    Stories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Story> find(long siteId, long id) {
        return jdbc.sql("select story.*, " + StoryGalleries.COLUMNS + " from story where id = :id and site_id = :site")
                .param("id", id)
                .param("site", siteId)
                .query(Stories::story)
                .optional();
    }

    /** The row of a story that arrived already published; its revision is {@link StoryImports}'s to write. */
    long insertPublished(ImportedStory story) {
        return insertImported(
                story.siteId(),
                StoryStatus.PUBLISHED,
                story.content(),
                null,
                story.firstPublishedAt(),
                story.firstPublishedAt(),
                story.updatedAt());
    }

    /** The row of a story brought from another system in any state, with its own times. */
    long insertImported(
            long siteId,
            StoryStatus status,
            ArticleContent content,
            Instant scheduledAt,
            Instant firstPublishedAt,
            Instant createdAt,
            Instant updatedAt) {
        long id = jdbc.sql("""
                        insert into story (site_id, status, rubric_id, title, slug, lead, body_html,
                                           seo_title, seo_description, dateline_override,
                                           image_id, image_caption, image_credit, writer_ids, topic_ids, editor_id,
                                           video_url, sponsor, scheduled_at, first_published_at, created_at, updated_at)
                        values (:site, :status, :rubric, :title, :slug, :lead, :body,
                                :seoTitle, :seoDescription, :dateline,
                                :image, :caption, :credit, :writers::bigint[], :topics::bigint[], :editor,
                                :video, :sponsor, :scheduledAt, :publishedAt, :createdAt, :updatedAt)
                        returning id
                        """)
                .param("site", siteId)
                .param("status", status.name())
                .params(contentParams(content))
                .param("scheduledAt", timestamp(scheduledAt))
                .param("publishedAt", timestamp(firstPublishedAt))
                .param("createdAt", Timestamp.from(createdAt))
                .param("updatedAt", Timestamp.from(updatedAt))
                .query(Long.class)
                .single();
        StoryGalleries.replace(jdbc, id, content.gallery());
        return id;
    }

    /** Replaces an imported story's row with what the other system now holds; returns its new version. */
    int replaceImported(
            long id, StoryStatus status, ArticleContent content, Instant scheduledAt, Instant firstPublishedAt) {
        int version = jdbc.sql("""
                        update story set status = :status, rubric_id = :rubric, title = :title, slug = :slug, lead = :lead,
                          body_html = :body, seo_title = :seoTitle, seo_description = :seoDescription,
                          dateline_override = :dateline, image_id = :image, image_caption = :caption, image_credit = :credit,
                          writer_ids = :writers::bigint[], topic_ids = :topics::bigint[], editor_id = :editor,
                          video_url = :video, sponsor = :sponsor,
                          scheduled_at = :scheduledAt, first_published_at = :firstPublishedAt,
                          version = version + 1, updated_at = now()
                        where id = :id
                        returning version
                        """)
                .param("status", status.name())
                .params(contentParams(content))
                .param("scheduledAt", timestamp(scheduledAt))
                .param("firstPublishedAt", timestamp(firstPublishedAt))
                .param("id", id)
                .query(Integer.class)
                .single();
        StoryGalleries.replace(jdbc, id, content.gallery());
        return version;
    }

    /** The version of a story, which every save moves on: an import compares it with the one it left. */
    Optional<Integer> version(long id) {
        return jdbc.sql("select version from story where id = :id")
                .param("id", id)
                .query(Integer.class)
                .optional();
    }

    Story lock(long id) {
        return jdbc.sql("select story.*, " + StoryGalleries.COLUMNS + " from story where id = :id for update")
                .param("id", id)
                .query(Stories::story)
                .single();
    }

    long insert(long siteId, ArticleContent draft, Long createdBy) {
        return jdbc.sql("""
                        insert into story (site_id, status, created_by, title) values (:site, 'DRAFT', :by, :title) returning id
                        """)
                .param("site", siteId)
                .param("by", createdBy)
                .param("title", draft.title())
                .query(Long.class)
                .single();
    }

    /** Writes the story if nobody saved it since {@code story.version()}; false when someone did. */
    boolean save(Story story) {
        var d = story.draft();
        boolean saved = jdbc.sql("""
                        update story set status = :status, rubric_id = :rubric, title = :title, slug = :slug, lead = :lead,
                          body_html = :body, seo_title = :seoTitle, seo_description = :seoDescription,
                          dateline_override = :dateline, image_id = :image, image_caption = :caption, image_credit = :credit,
                          writer_ids = :writers::bigint[], topic_ids = :topics::bigint[], editor_id = :editor,
                          video_url = :video, sponsor = :sponsor, scheduled_at = :scheduledAt, first_published_at = :firstPublishedAt, review_note = :note,
                          unpublished_changes = :changes, version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                        .param("status", story.status().name())
                        .params(contentParams(d))
                        .param("scheduledAt", timestamp(story.scheduledAt()))
                        .param("firstPublishedAt", timestamp(story.firstPublishedAt()))
                        .param("note", story.reviewNote())
                        .param("changes", story.unpublishedChanges())
                        .param("id", story.id())
                        .param("version", story.version())
                        .update()
                == 1;
        if (saved) {
            StoryGalleries.replace(jdbc, story.id(), d.gallery());
        }
        return saved;
    }

    /**
     * The scheduled story due soonest that no other node holds, locked until the caller's transaction ends; a story
     * whose last try failed waits until its retry time ({@link PublishFailures}).
     */
    Optional<Story> lockNextDue(Instant now) {
        return jdbc.sql("select story.*, " + StoryGalleries.COLUMNS + """
                         from story
                        where story.status = 'SCHEDULED' and story.scheduled_at <= :now
                          and not exists (select 1 from story_publish_failure f
                                          where f.story_id = story.id and f.scheduled_at = story.scheduled_at
                                            and f.retry_at > :now)
                        order by story.scheduled_at, story.id limit 1 for update of story skip locked
                        """)
                .param("now", Timestamp.from(now))
                .query(Stories::story)
                .optional();
    }

    /** The people credited, as writer or editor, on a story of a site not among these, published or not. */
    public Set<Long> creditedOutside(Collection<Long> siteIds) {
        return new HashSet<>(jdbc.sql("""
                        select distinct person from story, unnest(writer_ids || editor_id) person
                        where site_id <> all(:sites) and person is not null
                        """)
                .param("sites", siteIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    public List<Story> list(StoryFilter filter, int offset, int limit) {
        return jdbc.sql("select story.*, " + StoryGalleries.COLUMNS + """
                         from story
                        where site_id = :site
                          and (:status::text is null or status = :status)
                          and (:rubric::bigint is null or rubric_id = :rubric)
                          and (:writer::bigint is null or :writer = any(writer_ids))
                          and (:owner::bigint is null or created_by = :owner or :ownerPerson = any(writer_ids))
                          and (:title::text is null or title ilike '%' || :title || '%')
                        order by updated_at desc, id desc offset :offset limit :limit
                        """)
                .param("site", filter.siteId())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("rubric", filter.rubricId())
                .param("writer", filter.writerId())
                .param("owner", filter.ownerId())
                .param("ownerPerson", filter.ownerPersonId())
                .param("title", filter.title() == null || filter.title().isBlank() ? null : escapeLike(filter.title()))
                .param("offset", offset)
                .param("limit", limit)
                .query(Stories::story)
                .list();
    }

    /**
     * The stories of these sites in one state, the longest waiting first (a scheduled one by its time); with an
     * owner, only the stories that account created or its profile is credited on.
     */
    public List<Story> waiting(Collection<Long> siteIds, StoryStatus status, Long ownerId, Long ownerPersonId) {
        return jdbc.sql("select story.*, " + StoryGalleries.COLUMNS + """
                         from story
                        where site_id = any(:sites) and status = :status
                          and (:owner::bigint is null or created_by = :owner or :ownerPerson = any(writer_ids))
                        order by coalesce(scheduled_at, updated_at), id limit 200
                        """)
                .param("sites", siteIds.toArray(Long[]::new))
                .param("status", status.name())
                .param("owner", ownerId)
                .param("ownerPerson", ownerPersonId)
                .query(Stories::story)
                .list();
    }

    private static String escapeLike(String text) {
        return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Story story(ResultSet rs, int row) throws SQLException {
        var draft = new ArticleContent(
                nullableLong(rs, "rubric_id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("lead"),
                rs.getString("body_html"),
                rs.getString("seo_title"),
                rs.getString("seo_description"),
                rs.getString("dateline_override"),
                nullableLong(rs, "image_id"),
                rs.getString("image_caption"),
                rs.getString("image_credit"),
                ids(rs.getArray("writer_ids")),
                ids(rs.getArray("topic_ids")),
                nullableLong(rs, "editor_id"),
                StoryGalleries.read(rs),
                rs.getString("video_url"),
                rs.getString("sponsor"));
        return new Story(
                rs.getLong("id"),
                rs.getLong("site_id"),
                StoryStatus.valueOf(rs.getString("status")),
                draft,
                instant(rs, "scheduled_at"),
                instant(rs, "first_published_at"),
                rs.getInt("version"),
                rs.getString("review_note"),
                nullableLong(rs, "created_by"),
                rs.getBoolean("unpublished_changes"),
                instant(rs, "updated_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static List<Long> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    /** A story's content as the named parameters the story table's statements bind, the same in each. */
    private static Map<String, Object> contentParams(ArticleContent d) {
        var params = new HashMap<String, Object>();
        params.put("rubric", d.rubricId());
        params.put("title", d.title());
        params.put("slug", d.slug());
        params.put("lead", d.lead());
        params.put("body", d.bodyHtml());
        params.put("seoTitle", d.seoTitle());
        params.put("seoDescription", d.seoDescription());
        params.put("dateline", d.datelineOverride());
        params.put("image", d.imageId());
        params.put("caption", d.imageCaption());
        params.put("credit", d.imageCredit());
        params.put("writers", d.writerIds().toArray(Long[]::new));
        params.put("topics", d.topicIds().toArray(Long[]::new));
        params.put("editor", d.editorId());
        params.put("video", d.videoUrl());
        params.put("sponsor", d.sponsor());
        return params;
    }
}

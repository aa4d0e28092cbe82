package id.redaksi.article;

import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers see changes only here: an article is published, withdrawn, or its notices (corrections, rights of
 * reply) change. Each change announces itself ({@link ArticlePublished}, {@link ArticleWithdrawn}) so caches,
 * sitemaps and counters follow, whoever made it: the newsroom, the scheduler or an import.
 */
@Service
public class Publishing {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Publishing(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Puts the article (back) on the public side, or changes what readers see of it. */
    @Transactional
    public void publish(PublishedArticle a) {
        var c = a.content();
        // a republished article's address shows the article again, not the notice of its withdrawal
        jdbc.sql("delete from article_withdrawal where article_id = :id")
                .param("id", a.id())
                .update();
        jdbc.sql("""
                        insert into article (id, site_id, rubric_id, title, slug, lead, body_html, seo_title, seo_description,
                                             dateline_override, image_id, image_caption, image_credit, editor_id,
                                             video_url, sponsor, published_at, updated_at)
                        values (:id, :site, :rubric, :title, :slug, :lead, :body, :seoTitle, :seoDescription,
                                :dateline, :image, :caption, :credit, :editor, :video, :sponsor, :publishedAt, :updatedAt)
                        on conflict (id) do update set
                          rubric_id = excluded.rubric_id, title = excluded.title, slug = excluded.slug,
                          lead = excluded.lead, body_html = excluded.body_html, seo_title = excluded.seo_title,
                          seo_description = excluded.seo_description, dateline_override = excluded.dateline_override,
                          image_id = excluded.image_id, image_caption = excluded.image_caption,
                          image_credit = excluded.image_credit, editor_id = excluded.editor_id,
                          video_url = excluded.video_url, sponsor = excluded.sponsor, updated_at = excluded.updated_at
                        """)
                .param("id", a.id())
                .param("site", a.siteId())
                .param("rubric", c.rubricId())
                .param("title", c.title())
                .param("slug", c.slug())
                .param("lead", c.lead())
                .param("body", BodySanitizer.sanitize(c.bodyHtml()))
                .param("seoTitle", c.seoTitle())
                .param("seoDescription", c.seoDescription())
                .param("dateline", c.datelineOverride())
                .param("image", c.imageId())
                .param("caption", c.imageCaption())
                .param("credit", c.imageCredit())
                .param("editor", c.editorId())
                .param("video", c.videoUrl())
                .param("sponsor", c.sponsor())
                .param("publishedAt", java.sql.Timestamp.from(a.publishedAt()))
                .param("updatedAt", java.sql.Timestamp.from(a.updatedAt()))
                .update();
        jdbc.sql("delete from article_writer where article_id = :id")
                .param("id", a.id())
                .update();
        jdbc.sql("""
                        insert into article_writer (article_id, position, person_id, site_id, published_at)
                        select :id, w.position, w.person, :site, :publishedAt
                        from unnest(:writers::bigint[]) with ordinality as w(person, position)
                        """)
                .param("id", a.id())
                .param("site", a.siteId())
                .param("publishedAt", java.sql.Timestamp.from(a.publishedAt()))
                .param("writers", c.writerIds().toArray(Long[]::new))
                .update();
        jdbc.sql("delete from article_topic where article_id = :id")
                .param("id", a.id())
                .update();
        jdbc.sql(
                        "insert into article_topic (article_id, topic_id, published_at) select :id, unnest(:topics::bigint[]), :publishedAt on conflict do nothing")
                .param("id", a.id())
                .param("publishedAt", java.sql.Timestamp.from(a.publishedAt()))
                .param("topics", c.topicIds().toArray(Long[]::new))
                .update();
        gallery(a);
        events.publishEvent(new ArticlePublished(a.siteId(), a.id(), c.rubricId()));
    }

    /** The photo story's pictures, replaced whole like the writers. */
    private void gallery(PublishedArticle a) {
        jdbc.sql("delete from article_gallery where article_id = :id")
                .param("id", a.id())
                .update();
        var pictures = a.content().gallery();
        jdbc.sql("""
                        insert into article_gallery (article_id, position, media_id, caption, credit, site_id, published_at)
                        select :id, g.position, g.media, g.caption, g.credit, :site, :publishedAt
                        from unnest(:media::bigint[], :captions::text[], :credits::text[])
                             with ordinality as g(media, caption, credit, position)
                        """)
                .param("id", a.id())
                .param("site", a.siteId())
                .param("publishedAt", java.sql.Timestamp.from(a.publishedAt()))
                .param("media", pictures.stream().map(GalleryPicture::imageId).toArray(Long[]::new))
                .param(
                        "captions",
                        pictures.stream().map(GalleryPicture::caption).toArray(String[]::new))
                .param("credits", pictures.stream().map(GalleryPicture::credit).toArray(String[]::new))
                .update();
    }

    /**
     * Takes an article off the public side, leaving at its address why and the title readers knew it by; the newsroom
     * keeps its story.
     */
    @Transactional
    public void withdraw(long id, String reason, Instant at) {
        jdbc.sql("""
                        insert into article_withdrawal (article_id, site_id, title, reason, withdrawn_at)
                        select a.id, a.site_id, a.title, :reason, :at from article a where a.id = :id
                        on conflict (article_id) do update
                          set title = excluded.title, reason = excluded.reason, withdrawn_at = excluded.withdrawn_at""")
                .param("id", id)
                .param("reason", reason)
                .param("at", java.sql.Timestamp.from(at))
                .update();
        jdbc.sql("delete from article where id = :id returning site_id, rubric_id")
                .param("id", id)
                .query((rs, n) -> new ArticleWithdrawn(rs.getLong("site_id"), id, rs.getLong("rubric_id")))
                .optional()
                .ifPresent(events::publishEvent);
    }

    /** The article's notices, oldest first, as its page shows them; kept while the article is withdrawn. */
    public List<IssuedNotice> notices(long articleId) {
        return jdbc.sql("select * from article_notice where article_id = :id order by created_at, id")
                .param("id", articleId)
                .query((rs, n) -> new IssuedNotice(
                        rs.getLong("id"),
                        new Notice(
                                Notice.Kind.valueOf(rs.getString("kind")),
                                rs.getString("text"),
                                rs.getTimestamp("created_at").toInstant())))
                .list();
    }

    /** Changes a notice's text; its time stays, as the moment the article was first corrected. */
    @Transactional
    public void changeNotice(long articleId, long noticeId, String text) {
        jdbc.sql("update article_notice set text = :text where id = :notice and article_id = :id")
                .param("text", text)
                .param("notice", noticeId)
                .param("id", articleId)
                .update();
        changed(articleId);
    }

    @Transactional
    public void removeNotice(long articleId, long noticeId) {
        jdbc.sql("delete from article_notice where id = :notice and article_id = :id")
                .param("notice", noticeId)
                .param("id", articleId)
                .update();
        changed(articleId);
    }

    @Transactional
    public void addNotice(long articleId, Notice notice) {
        jdbc.sql("insert into article_notice (article_id, kind, text, created_at) values (:id, :kind, :text, :at)")
                .param("id", articleId)
                .param("kind", notice.kind().name())
                .param("text", notice.text())
                .param("at", java.sql.Timestamp.from(notice.at()))
                .update();
        changed(articleId);
    }

    /** A live article's page changed; a withdrawn one shows its notices again when it is republished. */
    private void changed(long articleId) {
        jdbc.sql("select site_id, rubric_id from article where id = :id")
                .param("id", articleId)
                .query((rs, n) -> new ArticlePublished(rs.getLong("site_id"), articleId, rs.getLong("rubric_id")))
                .optional()
                .ifPresent(events::publishEvent);
    }
}

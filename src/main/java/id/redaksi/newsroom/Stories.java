package id.redaksi.newsroom;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The newsroom's stories: the editable drafts behind articles, with every saved revision. */
@Repository
public class Stories {

    private final JdbcClient jdbc;

    Stories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a story that is already published, with its content as revision 1, and returns its id.
     * Publish its article under that id ({@link ImportedStory#publishedAs(long)}), so that editing the
     * story later updates the same article.
     *
     * @param importedBy who saved the revision, such as {@code demo}
     */
    @Transactional
    public long importPublished(ImportedStory story, String importedBy) {
        return jdbc.sql("""
                        with s as (
                          insert into story (site_id, status, rubric_id, title, slug, lead, body_html,
                                             image_id, image_caption, image_credit, writer_ids, topic_ids, editor_id,
                                             first_published_at, created_at, updated_at)
                          values (:site, 'PUBLISHED', :rubric, :title, :slug, :lead, :body,
                                  :image, :caption, :credit, :writers::bigint[], :topics::bigint[], :editor,
                                  :publishedAt, :publishedAt, :updatedAt)
                          returning *
                        )
                        insert into story_revision (story_id, number, saved_by, saved_at, content)
                        select s.id, 1, :savedBy, s.updated_at, jsonb_build_object(
                                 'rubricId', s.rubric_id, 'title', s.title, 'slug', s.slug, 'lead', s.lead,
                                 'bodyHtml', s.body_html, 'imageId', s.image_id, 'imageCaption', s.image_caption,
                                 'imageCredit', s.image_credit, 'writerIds', to_jsonb(s.writer_ids),
                                 'topicIds', to_jsonb(s.topic_ids), 'editorId', s.editor_id,
                                 'firstPublishedAt', s.first_published_at)
                        from s
                        returning story_id
                        """)
                .param("site", story.siteId())
                .param("rubric", story.rubricId())
                .param("title", story.title())
                .param("slug", story.slug())
                .param("lead", story.lead())
                .param("body", story.bodyHtml())
                .param("image", story.imageId())
                .param("caption", story.imageCaption())
                .param("credit", story.imageCredit())
                .param("writers", story.writerIds().toArray(Long[]::new))
                .param("topics", story.topicIds().toArray(Long[]::new))
                .param("editor", story.editorId())
                .param("publishedAt", Timestamp.from(story.firstPublishedAt()))
                .param("updatedAt", Timestamp.from(story.updatedAt()))
                .param("savedBy", importedBy)
                .query(Long.class)
                .single();
    }
}

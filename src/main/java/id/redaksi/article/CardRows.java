package id.redaksi.article;

import id.redaksi.media.ImageSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/**
 * How this module reads cards: the columns over {@code article a left join media_image i on i.id = a.image_id},
 * and their mapping. Other modules never see these: they hand ids to {@link ArticleLists#cards} instead.
 */
@Component
final class CardRows {

    /** The columns {@link #card} reads. */
    static final String COLUMNS = """
            a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, a.sponsor,
            i.image_path, i.image_width, i.image_height, i.image_alt, i.image_srcset, i.image_share_path,
            exists (select 1 from live_report lr where lr.article_id = a.id and lr.ended_at is null) as live
            """;

    /** The picture of {@code article a}, from the view the media module publishes. */
    static final String IMAGE = "left join media_image i on i.id = a.image_id";

    private final ImageSettings images;

    CardRows(ImageSettings images) {
        this.images = images;
    }

    ArticleCard card(ResultSet rs, int row) throws SQLException {
        return new ArticleCard(
                rs.getLong("id"),
                rs.getLong("site_id"),
                rs.getLong("rubric_id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("lead"),
                images.image(rs),
                rs.getTimestamp("published_at").toInstant(),
                rs.getBoolean("live"),
                rs.getString("sponsor"));
    }
}

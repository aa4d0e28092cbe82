package id.redaksi.newsroom;

import id.redaksi.article.GalleryPicture;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A photo story's pictures in table {@code story_gallery}, for {@link Stories}: read beside each story row (so a list
 * of stories is still one statement), and replaced whole on each save, since the draft is saved as one.
 */
final class StoryGalleries {

    /** The columns {@link #read} reads, over {@code story}: three arrays of the same length, in the story's order. */
    static final String COLUMNS = """
            array(select g.media_id from story_gallery g where g.story_id = story.id order by g.position) as gallery_media,
            array(select g.caption from story_gallery g where g.story_id = story.id order by g.position) as gallery_captions,
            array(select g.credit from story_gallery g where g.story_id = story.id order by g.position) as gallery_credits
            """;

    private StoryGalleries() {}

    static List<GalleryPicture> read(ResultSet rs) throws SQLException {
        var media = Arrays.asList((Long[]) rs.getArray("gallery_media").getArray());
        var captions = (String[]) rs.getArray("gallery_captions").getArray();
        var credits = (String[]) rs.getArray("gallery_credits").getArray();
        var gallery = new ArrayList<GalleryPicture>();
        for (int i = 0; i < media.size(); i++) {
            gallery.add(new GalleryPicture(media.get(i), captions[i], credits[i]));
        }
        return gallery;
    }

    static void replace(JdbcClient jdbc, long storyId, List<GalleryPicture> gallery) {
        jdbc.sql("delete from story_gallery where story_id = :story")
                .param("story", storyId)
                .update();
        jdbc.sql("""
                        insert into story_gallery (story_id, position, media_id, caption, credit)
                        select :story, g.position, g.media, g.caption, g.credit
                        from unnest(:media::bigint[], :captions::text[], :credits::text[])
                             with ordinality as g(media, caption, credit, position)
                        """)
                .param("story", storyId)
                .param("media", gallery.stream().map(GalleryPicture::imageId).toArray(Long[]::new))
                .param("captions", gallery.stream().map(GalleryPicture::caption).toArray(String[]::new))
                .param("credits", gallery.stream().map(GalleryPicture::credit).toArray(String[]::new))
                .update();
    }
}

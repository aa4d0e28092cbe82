package id.redaksi.wordpress;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which story each WordPress post became, and what it looked like then, so that a second run updates it. */
@Repository
class ImportedPosts {

    /**
     * @param storyVersion the story's version when the import left it: another means an edit in the newsroom
     * @param digest of the post as the export had it, and of the options that shaped it
     */
    record ImportedPost(long storyId, int storyVersion, String digest) {}

    private final JdbcClient jdbc;

    ImportedPosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lets the current transaction commit without waiting for its WAL to reach the disk. An import commits once per
     * post; waiting for a flush each time made it fsync-bound. A crash loses at most the last moments of posts, and
     * running the import again brings them back (it is idempotent); nothing else shares the transaction.
     */
    void commitWithoutWaitingForDisk() {
        jdbc.sql("set local synchronous_commit = off").update();
    }

    Optional<ImportedPost> find(long siteId, long wpId) {
        return jdbc.sql(
                        "select story_id, story_version, digest from wordpress_post where site_id = :site and wp_id = :wp")
                .param("site", siteId)
                .param("wp", wpId)
                .query(ImportedPost.class)
                .optional();
    }

    void save(long siteId, long wpId, ImportedPost post) {
        jdbc.sql("""
                        insert into wordpress_post (site_id, wp_id, story_id, story_version, digest)
                        values (:site, :wp, :story, :version, :digest)
                        on conflict (site_id, wp_id) do update
                          set story_id = excluded.story_id, story_version = excluded.story_version, digest = excluded.digest
                        """)
                .param("site", siteId)
                .param("wp", wpId)
                .param("story", post.storyId())
                .param("version", post.storyVersion())
                .param("digest", post.digest())
                .update();
    }
}

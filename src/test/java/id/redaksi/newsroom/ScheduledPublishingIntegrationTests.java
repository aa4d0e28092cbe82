package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.site.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scheduled stories go out exactly once. Two schedulers running at the same moment, each in its own
 * transaction on its own connection, stand in for two nodes on one database.
 */
@PortalTest
class ScheduledPublishingIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    JdbcClient jdbc;

    Site site;
    Actor writer;
    Actor editor;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        writer = fixtures.account(site, Role.WRITER);
        editor = fixtures.account(site, Role.EDITOR);
    }

    @Test
    void aTimeInThePastIsRefused() {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Lampau"));

        assertThatThrownBy(() -> newsroom.schedule(
                        editor, site.id(), story.id(), Instant.now().minusSeconds(60)))
                .hasMessageContaining("Waktu jadwal harus di masa depan.");
    }

    @Test
    void twoSchedulersAtTheSameMomentPublishEachStoryExactlyOnce() throws Exception {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 30; i++) {
            var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Terjadwal " + i));
            newsroom.schedule(editor, site.id(), story.id(), Instant.now().plusSeconds(3600));
            ids.add(story.id());
        }
        // the moment comes while no node looks: as after a restart that happened at the scheduled time
        jdbc.sql("update story set scheduled_at = now() - interval '1 minute' where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .update();

        int published = runTogether(() -> drain(), () -> drain());
        // the portal's own scheduler is a third node: the drains skip what it holds, so wait for it to commit
        jdbc.sql("select id from story where id = any(:ids) for update")
                .param("ids", ids.toArray(Long[]::new))
                .query(Long.class)
                .list();

        assertThat(published).isLessThanOrEqualTo(30);
        for (long id : ids) {
            assertThat(newsroom.find(site.id(), id).status()).isEqualTo(StoryStatus.PUBLISHED);
            assertThat(count(
                            "select count(*) from audit_event where story_id = :id and action = 'menerbitkan sesuai jadwal'",
                            id))
                    .isEqualTo(1);
            assertThat(count("select count(*) from article where id = :id", id)).isEqualTo(1);
        }
    }

    @Test
    void aStoryScheduledForLaterStaysUnpublishedUntilItsTime() {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, "Nanti"));
        newsroom.schedule(editor, site.id(), story.id(), Instant.now().plusSeconds(3600));

        newsroom.publishDue(100);

        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.SCHEDULED);
        assertThat(count("select count(*) from article where id = :id", story.id()))
                .isZero();
    }

    private int drain() {
        int total = 0;
        for (int n; (n = newsroom.publishDue(5)) > 0; ) {
            total += n;
        }
        return total;
    }

    @SafeVarargs
    private static int runTogether(java.util.concurrent.Callable<Integer>... tasks) throws Exception {
        var barrier = new CyclicBarrier(tasks.length);
        try (var pool = Executors.newFixedThreadPool(tasks.length)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (var task : tasks) {
                results.add(pool.submit(() -> {
                    barrier.await();
                    return task.call();
                }));
            }
            int sum = 0;
            for (var result : results) {
                sum += result.get();
            }
            return sum;
        }
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}

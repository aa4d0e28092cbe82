package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

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

    @Autowired
    ScheduledPublishing scheduler;

    @Autowired
    MockMvc mvc;

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

        scheduler.publishDue(100);

        assertThat(newsroom.find(site.id(), story.id()).status()).isEqualTo(StoryStatus.SCHEDULED);
        assertThat(count("select count(*) from article where id = :id", story.id()))
                .isZero();
    }

    @Test
    void aStoryThatFailsToPublishHoldsBackNoOtherShowsItsReasonAndGoesOutAfterTheBackOffOnceFixed() throws Exception {
        var before = scheduledAndDue("Pasar Pagi Ramai");
        var broken = scheduledAndDue("Jembatan Putus");
        var after = scheduledAndDue("Panen Raya Tiba");
        // the draft no longer fits the published article's rules, as after a change that went around the desk
        jdbc.sql("update story set slug = 'Jembatan Putus!' where id = :id")
                .param("id", broken.id())
                .update();

        scheduler.publishDue(100);
        awaitTheOtherScheduler(before, broken, after);

        assertThat(newsroom.find(site.id(), before.id()).status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(newsroom.find(site.id(), after.id()).status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(newsroom.find(site.id(), broken.id()).status()).isEqualTo(StoryStatus.SCHEDULED);
        assertThat(count("select count(*) from article where id = :id", broken.id()))
                .isZero();
        var failure = jdbc.sql("""
                        select attempts, retry_at - failed_at as wait, retry_at from story_publish_failure
                        where story_id = :id
                        """)
                .param("id", broken.id())
                .query((rs, n) -> new Object[] {
                    rs.getInt("attempts"),
                    rs.getString("wait"),
                    rs.getTimestamp("retry_at").toInstant()
                })
                .single();
        assertThat(failure[0]).isEqualTo(1);
        assertThat(failure[1]).isEqualTo("00:01:00");
        var note = "Gagal terbit: basis data menolak naskah ini (aturan article_slug_check); rinciannya ada di log"
                + " server, dicoba lagi pukul "
                + java.time.format.DateTimeFormatter.ofPattern("HH.mm")
                        .format(((Instant) failure[2]).atZone(site.zone()))
                + ".";
        assertThat(page("/redaksi/").select("#terjadwal li").eachText())
                .containsExactly("Jembatan Putus · " + site.name() + " · terbit "
                        + id.redaksi.web.IndonesianTime.format(broken.scheduledAt(), site.zone()) + " " + note);
        assertThat(page("/redaksi/" + site.slug() + "/cerita/" + broken.id())
                        .select(".publish-failure")
                        .text())
                .isEqualTo(note);

        // within the back-off it waits; fixed and once the back-off has passed, it goes out
        scheduler.publishDue(100);
        assertThat(newsroom.find(site.id(), broken.id()).status()).isEqualTo(StoryStatus.SCHEDULED);
        jdbc.sql("update story set slug = 'jembatan-putus' where id = :id")
                .param("id", broken.id())
                .update();
        jdbc.sql("update story_publish_failure set retry_at = now() - interval '1 second' where story_id = :id")
                .param("id", broken.id())
                .update();
        scheduler.publishDue(100);
        awaitTheOtherScheduler(broken);

        assertThat(newsroom.find(site.id(), broken.id()).status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(count("select count(*) from article where id = :id", broken.id()))
                .isEqualTo(1);
        assertThat(count("select count(*) from story_publish_failure where story_id = :id", broken.id()))
                .isZero();
        assertThat(page("/redaksi/" + site.slug() + "/cerita/" + broken.id()).select(".publish-failure"))
                .isEmpty();
    }

    /** Scheduled for later, then due at once, as when the moment came while no node looked. */
    private Story scheduledAndDue(String title) {
        var story = drafting.create(writer, site.id(), Fixtures.draft(site, writer, title));
        newsroom.schedule(editor, site.id(), story.id(), Instant.now().plusSeconds(3600));
        jdbc.sql("update story set scheduled_at = now() - interval '1 minute' where id = :id")
                .param("id", story.id())
                .update();
        return newsroom.find(site.id(), story.id());
    }

    /** The portal's own scheduler is another node: what it holds, it commits before this lock is had. */
    private void awaitTheOtherScheduler(Story... held) {
        jdbc.sql("select id from story where id = any(:ids) for update")
                .param("ids", java.util.Arrays.stream(held).map(Story::id).toArray(Long[]::new))
                .query(Long.class)
                .list();
    }

    private Document page(String path) throws Exception {
        var response =
                mvc.perform(get(path).with(user(editor.username()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private int drain() {
        int total = 0;
        for (int n; (n = scheduler.publishDue(5)) > 0; ) {
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

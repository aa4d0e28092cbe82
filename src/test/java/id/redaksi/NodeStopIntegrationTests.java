package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * A node stopped under a stream of reads, as an operator stops it (SIGTERM) and as the kernel's OOM killer does
 * (SIGKILL), on the embedded database: the portal runs in a JVM of its own ({@link PortalProcess}). Every hit comes
 * from its own client address and browser, so every hit the node acknowledges is a read it must count.
 */
class NodeStopIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(NodeStopIntegrationTests.class);

    private static final int ACKNOWLEDGED_BEFORE_THE_STOP = 1_500;

    @Test
    void aGracefulStopUnderBeaconLoadCountsEveryAcknowledgedRead() throws Exception {
        var directory = directory("sigterm");
        try (var node = PortalProcess.start(directory)) {
            var read = node.someArticle();
            long before = reads(running(directory), read.articleId());

            long acknowledged;
            try (var load = new BeaconLoad(node, read)) {
                load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_THE_STOP);
                node.note("SIGTERM after " + load.acknowledged() + " acknowledged reads");
                node.stop();
                acknowledged = load.finish();
            }

            assertThat(OrphanedDatabase.serverOf(cluster(directory))).isEmpty();
            long counted = readsAfterTheStop(directory, read.articleId()) - before;
            log.info("SIGTERM: {} reads acknowledged, {} counted", acknowledged, counted);
            assertThat(counted).as(node.log()).isEqualTo(acknowledged);
            deletePassed(directory);
        } finally {
            OrphanedDatabase.stopIfRunning(cluster(directory), Duration.ofSeconds(30));
        }
    }

    @Test
    void aStartAfterTheJvmAloneWasKilledStopsTheDatabaseItLeftRunningAndNoOther() throws Exception {
        var directory = directory("sigkill");
        try {
            PortalProcess.Read read;
            long before;
            long acknowledged;
            double hitsPerSecond;
            ProcessHandle orphan;
            try (var killed = PortalProcess.start(directory)) {
                read = killed.someArticle();
                before = reads(running(directory), read.articleId());
                try (var load = new BeaconLoad(killed, read)) {
                    load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_THE_STOP);
                    hitsPerSecond = load.hitsPerSecond();
                    killed.note("SIGKILL after " + load.acknowledged() + " acknowledged reads");
                    killed.kill();
                    acknowledged = load.finish();
                }
                orphan = OrphanedDatabase.serverOf(cluster(directory))
                        .orElseThrow(() -> new AssertionError(
                                "the embedded PostgreSQL did not outlive its JVM, so this test shows nothing"));
            }

            try (var restarted = PortalProcess.start(directory)) {
                assertThat(restarted.get("/").statusCode()).isEqualTo(200);
                assertThat(orphan.isAlive()).isFalse();
                assertThat(OrphanedDatabase.serverOf(cluster(directory)))
                        .get()
                        .extracting(ProcessHandle::pid)
                        .isNotEqualTo(orphan.pid());
                long lost = acknowledged - (reads(running(directory), read.articleId()) - before);
                // measured, not asserted: a timed figure belongs to bench/crash.sh (bench/README.md, "Crash")
                log.info(
                        "SIGKILL: {} reads acknowledged, {} lost, {} s of reads at {} a second",
                        acknowledged,
                        lost,
                        String.format("%.2f", lost / hitsPerSecond),
                        Math.round(hitsPerSecond));

                // the database of a node still running on the directory is not an orphan, whoever starts next
                var serving = OrphanedDatabase.serverOf(cluster(directory)).orElseThrow();
                OrphanedDatabase.stopIfRunning(cluster(directory), Duration.ofSeconds(30));
                assertThat(serving.isAlive()).isTrue();
                assertThat(restarted.get("/api/v1/articles/" + read.articleId()).statusCode())
                        .isEqualTo(200);

                restarted.stop();
            }
            assertThat(OrphanedDatabase.serverOf(cluster(directory))).isEmpty();
            deletePassed(directory);
        } finally {
            OrphanedDatabase.stopIfRunning(cluster(directory), Duration.ofSeconds(30));
        }
    }

    private static Path directory(String name) {
        return Path.of("target", "node-stop-" + name + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    /** A failed test's directory stays, with the portal's log, to be read. */
    private static void deletePassed(Path directory) throws IOException {
        FileSystemUtils.deleteRecursively(directory);
    }

    private static Path cluster(Path directory) {
        return directory.resolve("postgres");
    }

    /** The running node's own database, at the port its {@code postmaster.pid} names; zonky trusts local logins. */
    private static JdbcClient running(Path directory) throws IOException {
        var port = Files.readAllLines(cluster(directory).resolve("postmaster.pid"))
                .get(3)
                .strip();
        return JdbcClient.create(
                new DriverManagerDataSource("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", ""));
    }

    private static long readsAfterTheStop(Path directory, long articleId) throws IOException, SQLException {
        try (var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster(directory))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(
                        directory.resolve("postgres-runtime").toFile())
                .start()) {
            return reads(JdbcClient.create(postgres.getPostgresDatabase()), articleId);
        }
    }

    private static long reads(JdbcClient database, long articleId) {
        return database.sql("select coalesce(sum(total), 0) from article_reads where article_id = :id")
                .param("id", articleId)
                .query(Long.class)
                .single();
    }

    /**
     * Readers sending the beacon from eight connections until the node is gone, each hit from another client
     * address (the node believes {@code X-Forwarded-For} from loopback) and another browser, so none is a reload
     * or beyond what one address may read. Counts the hits the node answered 2xx.
     */
    private static final class BeaconLoad implements AutoCloseable {

        private static final AtomicInteger readers = new AtomicInteger();

        private final PortalProcess node;
        private final PortalProcess.Read read;
        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final AtomicLong acknowledged = new AtomicLong();
        private final List<Thread> senders = new ArrayList<>();
        private final long started = System.nanoTime();

        BeaconLoad(PortalProcess node, PortalProcess.Read read) {
            this.node = node;
            this.read = read;
            for (int i = 0; i < 8; i++) {
                senders.add(Thread.ofPlatform().daemon().start(this::send));
            }
        }

        private void send() {
            var body = "id=" + read.articleId() + "&token=" + read.token();
            while (node.isAlive()) {
                int reader = readers.incrementAndGet();
                var hit = HttpRequest.newBuilder(node.address("/hit"))
                        .header("Host", PortalProcess.HOST)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                                "X-Forwarded-For",
                                "10." + (reader >> 16 & 255) + "." + (reader >> 8 & 255) + "." + (reader & 255))
                        .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; reader " + reader + ") Firefox/140.0")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                try {
                    if (http.send(hit, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2) {
                        acknowledged.incrementAndGet();
                    }
                } catch (IOException refused) {
                    // the node has stopped taking requests; the loop ends when it has exited
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void awaitAcknowledged(long hits) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (acknowledged.get() < hits && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(acknowledged.get()).as("acknowledged hits").isGreaterThanOrEqualTo(hits);
        }

        long acknowledged() {
            return acknowledged.get();
        }

        /** Waits until every sender has seen the node gone; the hits acknowledged in all. */
        long finish() throws InterruptedException {
            for (var sender : senders) {
                sender.join(Duration.ofMinutes(1));
            }
            return acknowledged.get();
        }

        /** Since the load started, the first hits on a cold JVM included. */
        double hitsPerSecond() {
            return acknowledged.get() / ((System.nanoTime() - started) / 1e9);
        }

        @Override
        public void close() {
            senders.forEach(Thread::interrupt);
            http.close();
        }
    }
}

package id.redaksi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a start whose JVM was killed (kill -9, the OOM killer) keeps running: its server
 * outlives the process that started it, and holds the data directory, so the next start would wait for a server
 * it cannot start. Such a server is ours to stop when three things say it is: {@code postmaster.pid} names a live
 * {@code postgres} process that started when the file says (not another process that got the number after a
 * reboot), and no JVM holds zonky's lock on the directory (a node still running on it is not an orphan).
 */
final class OrphanedDatabase {

    private static final Logger log = LoggerFactory.getLogger(OrphanedDatabase.class);

    /** The lock zonky's EmbeddedPostgres holds on its data directory for as long as its JVM uses it. */
    private static final String ZONKY_LOCK = "epg-lock";

    private OrphanedDatabase() {}

    /** Stops the server left running on {@code cluster}, if any, and waits until it has gone. */
    static void stopIfRunning(Path cluster, Duration patience) throws IOException {
        var orphan = serverOf(cluster);
        if (orphan.isEmpty() || lockedByALiveJvm(cluster)) {
            return;
        }
        var server = orphan.get();
        log.warn(
                "PostgreSQL (pid {}) is still running on {}, left by a start that did not stop; stopping it",
                server.pid(),
                cluster);
        // SIGTERM, a smart shutdown: it waits for the sessions to end, and those of the dead JVM ended with it (the
        // kernel closed their sockets). Not pg_ctl's fast shutdown: pg_ctl refuses to run as root, as containers do.
        server.destroy();
        if (!exited(server, patience)) {
            // the children first: a postmaster killed alone leaves them attached to its shared memory, and the next
            // server refuses to start beside them. Recovery from the write-ahead log keeps every committed transaction.
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", server.pid(), patience);
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            exited(server, patience);
        }
    }

    static Optional<ProcessHandle> serverOf(Path cluster) throws IOException {
        var pidFile = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.size() < 3
                || !lines.getFirst().strip().matches("\\d{1,10}")
                || !lines.get(2).strip().matches("\\d{1,12}")) {
            return Optional.empty();
        }
        var started = Instant.ofEpochSecond(Long.parseLong(lines.get(2).strip()));
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("/postgres"))
                        .orElse(false))
                .filter(process -> process.info()
                        .startInstant()
                        .map(start -> Duration.between(start, started).abs().toSeconds() <= 2)
                        .orElse(false));
    }

    /** The lock is released by the operating system when its JVM dies, however it died. */
    private static boolean lockedByALiveJvm(Path cluster) throws IOException {
        try (var channel = FileChannel.open(
                        cluster.resolve(ZONKY_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException thisJvm) {
            return true;
        }
    }

    private static boolean exited(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}

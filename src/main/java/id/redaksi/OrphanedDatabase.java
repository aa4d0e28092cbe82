package id.redaksi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a start whose JVM was killed (kill -9, the OOM killer) keeps running: its server
 * outlives the process that started it, and holds the data directory, so the next start would wait for a server
 * it cannot start. Such a server is ours to stop: {@code postmaster.pid} names its process and its data
 * directory, and the process is a {@code postgres} binary serving that directory.
 */
final class OrphanedDatabase {

    private static final Logger log = LoggerFactory.getLogger(OrphanedDatabase.class);

    private OrphanedDatabase() {}

    /** Stops the server left running on {@code cluster}, if any, and waits until it has gone. */
    static void stopIfRunning(Path cluster, Duration patience) throws IOException {
        var orphan = serverOf(cluster);
        if (orphan.isEmpty()) {
            return;
        }
        var server = orphan.get();
        log.warn(
                "PostgreSQL (pid {}) is still running on {}, left by a start that did not stop; stopping it",
                server.pid(),
                cluster);
        // SIGTERM: a smart shutdown, which ends at once since the sessions of the dead JVM are gone with it
        server.destroy();
        if (!exited(server, patience)) {
            // recovery from the write-ahead log on the next start keeps every committed transaction (fsync is on)
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", server.pid(), patience);
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
        if (lines.size() < 2 || !lines.getFirst().strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        var dataDirectory = lines.get(1).strip();
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("/postgres"))
                        .orElse(false))
                .filter(process -> sameDirectory(dataDirectory, cluster));
    }

    private static boolean sameDirectory(String named, Path cluster) {
        try {
            return Files.isSameFile(Path.of(named), cluster);
        } catch (IOException e) {
            return false;
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

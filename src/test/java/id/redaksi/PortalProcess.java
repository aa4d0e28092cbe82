package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;

/**
 * The portal in a JVM of its own, started as {@code java -jar} starts it, with the demo network on the embedded
 * database in {@code directory}: what an operator's stop or the kernel's kill ends, which a Spring context inside the
 * test's JVM cannot show.
 */
final class PortalProcess implements AutoCloseable {

    static final String HOST = "malang.localhost";

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /* A test JVM ended by a signal runs no finally block; this stops the portal (and so its database) all the same. */
    private final Thread stopWithTheTests;

    private PortalProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.stopWithTheTests = new Thread(process::destroy);
        Runtime.getRuntime().addShutdownHook(stopWithTheTests);
    }

    /** Starts the portal and waits until it is ready for readers. */
    static PortalProcess start(Path directory) throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(directory);
        var log = directory.resolve("portal.log");
        var command = new java.util.ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(java.util.List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath()));
        command.add(RedaksiApplication.class.getName());
        command.addAll(java.util.List.of(
                "--spring.profiles.active=demo",
                "--redaksi.demo.articles-per-site=3",
                "--redaksi.warm-up=0s",
                "--server.port=" + port,
                "--redaksi.embedded-database.directory=" + directory,
                "--redaksi.media.directory=" + directory.resolve("media")));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        var portal = new PortalProcess(process, port, log);
        try {
            portal.awaitReady();
        } catch (AssertionError | IOException | InterruptedException e) {
            portal.close();
            throw e;
        }
        return portal;
    }

    /**
     * Surefire may start the tests with a jar whose manifest alone names the class path; it gives the class path
     * itself in this property, and without it (an IDE) {@code java.class.path} is the class path.
     */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "The portal exited with " + process.exitValue() + " while starting:\n" + log());
            }
            try {
                if (get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The portal did not answer within " + START_PATIENCE + ":\n" + log());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(address(path)).header("Host", HOST).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI address(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The first article on the site's front page, with the read token its page gives the beacon. */
    Read someArticle() throws IOException, InterruptedException {
        var front = Jsoup.parse(get("/").body());
        var path =
                URI.create(front.select("a[href*=/baca/]").first().attr("href")).getPath();
        var page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        var beacon = Jsoup.parse(page.body()).selectFirst("script[data-token]");
        return new Read(Long.parseLong(beacon.attr("data-article")), beacon.attr("data-token"));
    }

    /** SIGTERM, what systemd, Docker and Kubernetes send, and waits until the portal has shut down. */
    int stop() throws InterruptedException {
        process.destroy();
        return exitWithin(Duration.ofMinutes(2));
    }

    /** SIGKILL, what the OOM killer sends: the JVM ends at once and runs nothing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        exitWithin(Duration.ofSeconds(30));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private int exitWithin(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The portal did not exit within " + patience + ":\n" + log());
        }
        return process.exitValue();
    }

    String log() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Marks in the log where the test did something, so a failure's log reads in order. */
    void note(String what) throws IOException {
        Files.writeString(log, "==== test: " + what + "\n", StandardOpenOption.APPEND);
    }

    @Override
    public void close() throws InterruptedException {
        Runtime.getRuntime().removeShutdownHook(stopWithTheTests);
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    record Read(long articleId, String token) {}
}

package id.redaksi.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A real S3 API server for the storage tests: s3proxy, keeping its buckets in a temporary directory. It runs in a
 * child JVM from its own classpath (resolved from {@code src/test/s3proxy/pom.xml} by the Maven running the build),
 * because it embeds Jetty 11 on Servlet 5, Netty 4.1 and Jackson 2, which clash with Spring Boot 4's Tomcat, Netty
 * and Jackson on the test classpath.
 */
final class S3ProxyServer {

    static final String ACCESS_KEY = "redaksi-test";
    static final String SECRET_KEY = "redaksi-test-secret";

    private static final Path CLASSPATH = Path.of("target/s3proxy.classpath").toAbsolutePath();

    private final Path data;
    private final int port;
    private volatile Process process;

    S3ProxyServer() throws IOException {
        this.data = Files.createTempDirectory("s3proxy");
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        // a test JVM that ends without close() must not leave the child running
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            var running = process;
            if (running != null) {
                running.destroyForcibly();
            }
        }));
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the server (again, after {@link #stop()}, on the same port and with the same buckets). */
    void start() throws IOException, InterruptedException {
        var properties = data.resolve("s3proxy.properties");
        Files.writeString(properties, """
                s3proxy.endpoint=%s
                s3proxy.authorization=aws-v2-or-v4
                s3proxy.identity=%s
                s3proxy.credential=%s
                jclouds.provider=filesystem
                jclouds.filesystem.basedir=%s
                """.formatted(endpoint(), ACCESS_KEY, SECRET_KEY, data.resolve("buckets")));
        Files.createDirectories(data.resolve("buckets"));
        var java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(
                        java, "-cp", classpath(), "org.gaul.s3proxy.Main", "--properties", properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("s3proxy.log").toFile())
                .start();
        awaitPort();
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    /** Stops the server for good and removes its buckets. */
    void close() throws IOException, InterruptedException {
        stop();
        try (var files = Files.walk(data)) {
            for (var path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A bucket is a directory of the filesystem backend. */
    void createBucket(String name) throws IOException {
        Files.createDirectories(data.resolve("buckets").resolve(name));
    }

    /** Where the filesystem backend keeps an object's bytes. */
    Path object(String bucket, String key) {
        return data.resolve("buckets").resolve(bucket).resolve(key);
    }

    private void awaitPort() throws IOException, InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3proxy exited: " + Files.readString(data.resolve("s3proxy.log")));
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("s3proxy did not listen within 60 s: " + data.resolve("s3proxy.log"));
    }

    /** Resolved once per checkout, then read from target/. */
    private static synchronized String classpath() throws IOException, InterruptedException {
        if (!Files.exists(CLASSPATH)) {
            var maven = System.getProperty("redaksi.test.maven", "mvn");
            var resolve = new ProcessBuilder(List.of(
                            maven,
                            "-B",
                            "-q",
                            "-f",
                            Path.of("src/test/s3proxy/pom.xml").toAbsolutePath().toString(),
                            "dependency:build-classpath",
                            "-Dmdep.outputFile=" + CLASSPATH))
                    .inheritIO()
                    .start();
            if (resolve.waitFor() != 0 || !Files.exists(CLASSPATH)) {
                throw new IllegalStateException("could not resolve s3proxy's classpath with " + maven);
            }
        }
        return Files.readString(CLASSPATH).strip();
    }
}

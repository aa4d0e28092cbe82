package id.redaksi.wordpress;

import java.time.Duration;
import java.util.function.Consumer;

/** The progress line of a long import: posts done of the total, the rate, and the time left, every few seconds. */
final class ImportProgress {

    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final int total;
    private final Consumer<String> out;
    private final long started = System.nanoTime();
    private long lastTold = started;
    private int done;

    ImportProgress(int total, Consumer<String> out) {
        this.total = total;
        this.out = out;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastTold >= EVERY_NANOS || done == total) {
            lastTold = now;
            out.accept(line(done, total, now - started));
        }
    }

    static String line(int done, int total, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 0.001);
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format(
                "posts %,d / %,d, %.0f per second, %d min %02d s left", done, total, rate, left / 60, left % 60);
    }
}

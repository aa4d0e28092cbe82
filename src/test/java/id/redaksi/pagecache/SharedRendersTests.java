package id.redaksi.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedRendersTests {

    final SharedRenders renders = new SharedRenders();
    final PageKey key = new PageKey(1, "a.test", "/", "");
    final CachedPage page = CachedPage.of("<p>isi</p>".getBytes(StandardCharsets.UTF_8), "text/html", 0);

    @Test
    void requestsArrivingDuringARenderGetItsPageInsteadOfRenderingAgain() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var renderCount = new AtomicInteger();
        var leader = Thread.ofVirtual().start(() -> {
            try {
                renders.run(key, () -> {
                    renderCount.incrementAndGet();
                    started.countDown();
                    await(release);
                    return page;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(renders.isRunning(key))
                .as("a reader holding an expired copy is answered with it at once")
                .isTrue();
        var waited = new CachedPage[1];
        var follower = Thread.ofPlatform().start(() -> waited[0] = renders.await(key));
        waitingIn(follower);

        release.countDown();
        follower.join();
        leader.join();

        assertThat(waited[0]).isSameAs(page);
        assertThat(renderCount).hasValue(1);
        assertThat(renders.await(key)).as("nothing under way once done").isNull();
        assertThat(renders.isRunning(key)).isFalse();
    }

    @Test
    void aRenderThatKeptNothingLetsTheWaitersRenderThemselves() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var leader = Thread.ofVirtual().start(() -> {
            try {
                renders.run(key, () -> {
                    started.countDown();
                    await(release);
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        started.await(5, TimeUnit.SECONDS);
        var waited = new CachedPage[] {page};
        var follower = Thread.ofPlatform().start(() -> waited[0] = renders.await(key));
        waitingIn(follower);

        release.countDown();
        follower.join();
        leader.join();

        assertThat(waited[0]).isNull();
    }

    /** Until the thread waits for the render, so the render cannot end before it asks. */
    private static void waitingIn(Thread thread) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import jdk.management.VirtualThreadSchedulerMXBean;
import org.junit.jupiter.api.Test;

class VirtualThreadCarriersTests {

    @Test
    void theTestsRunOnAsManyCarriersAsThePortal() throws InterruptedException {
        Thread.ofVirtual().start(() -> {}).join();

        var scheduler = ManagementFactory.getPlatformMXBean(VirtualThreadSchedulerMXBean.class);
        assertThat(scheduler.getParallelism())
                .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    }
}

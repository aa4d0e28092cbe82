package id.redaksi;

/**
 * How many carrier threads run the virtual threads. The JDK's default is one per core. When the machine is busy
 * (PostgreSQL, the GC, a load generator on the same cores) and the OS pauses a carrier, the requests queued on it
 * wait with it: at 32 connections on 2 cores, p99 9-11 ms. Twice as many carriers as cores gave 2-3.5 ms at the
 * same throughput (bench/README.md). Set {@code -Djdk.virtualThreadScheduler.parallelism} to choose otherwise.
 *
 * <p>The JDK reads the setting once, when the first virtual thread starts, so it is set before anything else runs:
 * by {@link RedaksiApplication#main} for the portal, and by a test-launcher listener for the tests, so that the
 * tests run on the same scheduler as production.
 */
public final class VirtualThreadCarriers {

    static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";

    private VirtualThreadCarriers() {}

    public static void configure() {
        if (System.getProperty(PARALLELISM) == null) {
            System.setProperty(
                    PARALLELISM, String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
    }
}

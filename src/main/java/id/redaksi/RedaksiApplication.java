package id.redaksi;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RedaksiApplication {

    /**
     * The JDK runs virtual threads on one carrier thread per core. When the machine is busy (PostgreSQL, the GC,
     * a load generator on the same cores) and the OS pauses a carrier, the requests queued on it wait with it:
     * at 32 connections on 2 cores, p99 9-11 ms. Twice as many carriers as cores gave 2-3.5 ms at the same
     * throughput (bench/README.md). Set {@code -Djdk.virtualThreadScheduler.parallelism} to choose otherwise.
     */
    static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";

    public static void main(String[] args) {
        if (System.getProperty(CARRIERS) == null) {
            System.setProperty(CARRIERS, String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
        SpringApplication.run(RedaksiApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

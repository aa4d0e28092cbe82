package id.redaksi.media;

import java.io.IOException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code mediaStorage} in {@code /actuator/health}: whether an upload could be stored now (the directory is there and
 * writable, or the bucket answers). Readers' pictures from a bucket fail with it, so an operator should hear of it.
 */
@Component
class MediaStorageHealthIndicator implements HealthIndicator {

    private final MediaStorage storage;

    MediaStorageHealthIndicator(MediaStorage storage) {
        this.storage = storage;
    }

    @Override
    public Health health() {
        try {
            storage.check();
            return Health.up().build();
        } catch (IOException e) {
            return Health.down().withDetail("reason", e.getMessage()).build();
        }
    }
}

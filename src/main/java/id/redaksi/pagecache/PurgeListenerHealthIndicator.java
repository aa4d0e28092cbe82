package id.redaksi.pagecache;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code purgeListener} in {@code /actuator/health}: a node that lost its LISTEN connection hears no purge from the
 * other nodes and would serve their changed pages stale until it reconnects (it then drops everything it kept).
 */
@Component
class PurgeListenerHealthIndicator implements HealthIndicator {

    private final PurgeListener listener;

    PurgeListenerHealthIndicator(PurgeListener listener) {
        this.listener = listener;
    }

    @Override
    public Health health() {
        return listener.listening()
                ? Health.up().withDetail("channel", PurgeMessages.CHANNEL).build()
                : Health.down().withDetail("channel", PurgeMessages.CHANNEL).build();
    }
}

package id.redaksi.pagecache;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code warmUp} in the readiness group: a node takes readers only once it has heard the other nodes' purges for the
 * first time, since a page it kept before that could outlive a change made elsewhere. Spring Boot itself holds
 * readiness back until the migrations, the startup loads and every {@code ApplicationReadyEvent} listener are done.
 * Once up it stays up: losing the connection later (the database away) is the health endpoint's matter, not the load
 * balancer's (README, "Health").
 */
@Component
class WarmUpHealthIndicator implements HealthIndicator {

    private final PurgeListener listener;

    WarmUpHealthIndicator(PurgeListener listener) {
        this.listener = listener;
    }

    @Override
    public Health health() {
        return listener.warmedUp() ? Health.up().build() : Health.outOfService().build();
    }
}

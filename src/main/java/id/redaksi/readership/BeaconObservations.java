package id.redaksi.readership;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * No request metric per beacon hit: there is one per page view, the read counts themselves say how many, and
 * timing each would cost more than answering it.
 */
@Configuration(proxyBeanMethods = false)
class BeaconObservations {

    @Bean
    ObservationPredicate noObservationForHits() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && request.getCarrier().getRequestURI().startsWith("/hit"));
    }
}

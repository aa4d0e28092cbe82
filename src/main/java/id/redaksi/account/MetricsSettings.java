package id.redaksi.account;

import jakarta.validation.constraints.AssertTrue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who may read the metrics at {@code /actuator/prometheus}.
 *
 * @param token what a scraper sends as {@code Authorization: Bearer <token>}; without one the endpoint is closed to
 *     everyone, since the metrics tell how busy each site is and which addresses fail
 */
@Validated
@ConfigurationProperties("redaksi.metrics")
public record MetricsSettings(String token) {

    @AssertTrue(message = "redaksi.metrics.token must be at least 32 characters")
    public boolean isTokenLongEnough() {
        return token == null || token.isEmpty() || token.length() >= 32;
    }

    boolean closed() {
        return token == null || token.isEmpty();
    }
}

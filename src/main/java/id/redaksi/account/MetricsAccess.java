package id.redaksi.account;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator/prometheus} answers only a scraper that sends the configured bearer token, on the public port
 * and on a management port alike; without a token set, nobody. A chain of its own, ahead of the portal's, so a
 * refused scraper gets a 401 rather than the newsroom's login page, and no session.
 */
@Configuration(proxyBeanMethods = false)
class MetricsAccess {

    static final String PROMETHEUS = "/actuator/prometheus";

    private static final String BEARER = "Bearer ";

    @Bean
    @Order(1)
    SecurityFilterChain metrics(HttpSecurity http, MetricsSettings settings) throws Exception {
        byte[] expected = digestOrNull(settings);
        return http.securityMatcher(PROMETHEUS)
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .access((authentication, context) -> new AuthorizationDecision(
                                matches(expected, context.getRequest().getHeader(HttpHeaders.AUTHORIZATION)))))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                }))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Compares digests rather than the strings, with {@link MessageDigest#isEqual}: the time taken tells a guesser
     * neither how many leading characters were right nor how long the token is.
     */
    static boolean matches(byte[] expected, String header) {
        if (expected == null || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(
                expected, digest(header.substring(BEARER.length()).strip()));
    }

    /** Null when no token is set: then nothing matches. */
    static byte[] digestOrNull(MetricsSettings settings) {
        return settings.closed() ? null : digest(settings.token());
    }

    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

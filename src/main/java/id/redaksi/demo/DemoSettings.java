package id.redaksi.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo network loaded into an empty installation.
 *
 * @param enabled load it on start when the network has no site yet; the {@code demo} profile turns it on, which
 *     {@code mvn spring-boot:run} names, so that a production start never makes accounts nobody chose
 * @param articlesPerSite how many published articles each demo site gets
 * @param port the port in the demo sites' addresses, as in {@code http://malang.localhost:8080}; it follows
 *     {@code server.port}, which tests set to 0 (any free port), so 0 is allowed too
 * @param password the password of every demo account; when empty, a random one is made when the accounts are
 *     created and printed in the log once. Given on a later start, it becomes the demo accounts' password.
 *     Demo accounts exist only when the demo network is loaded.
 */
@Validated
@ConfigurationProperties("redaksi.demo")
record DemoSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("320") @Min(1) @Max(5000) int articlesPerSite,
        @DefaultValue("8080") @Min(0) @Max(65535) int port,
        @Size(min = 12) String password) {

    boolean passwordGiven() {
        return password != null && !password.isBlank();
    }
}

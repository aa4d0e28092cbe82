package id.redaksi.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token the one-time token for creating the first network admin; when empty, a random one is made
 *     at start and printed in the log (only while the installation has no account)
 */
@ConfigurationProperties("redaksi.setup")
public record SetupSettings(String token) {}

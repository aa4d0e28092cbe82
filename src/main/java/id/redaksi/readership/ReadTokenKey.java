package id.redaksi.readership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs read tokens: derived from the configured secret, or else the installation's own, made at
 * random by the first node that starts. Every node must sign alike, since a page kept by a CDN was rendered on any
 * of them; a key in the repository would let anyone sign.
 */
@Component
class ReadTokenKey {

    private final ReadershipSettings settings;
    private final JdbcClient jdbc;

    ReadTokenKey(ReadershipSettings settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    byte[] bytes() {
        if (settings.secret() != null) {
            return sha256("redaksi read tokens\n" + settings.secret());
        }
        var random = new byte[32];
        new SecureRandom().nextBytes(random);
        // nodes starting together both insert; the first row wins, and both read it
        jdbc.sql("insert into readership_key (id, secret) values (1, :secret) on conflict (id) do nothing")
                .param("secret", random)
                .update();
        return jdbc.sql("select secret from readership_key where id = 1")
                .query(byte[].class)
                .single();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

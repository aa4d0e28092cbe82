package id.redaksi;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files when no {@code spring.datasource.url} is given.
 *
 * @param directory holds {@code postgres/} (the cluster) and {@code postgres-runtime/} (the unpacked binaries)
 * @param clean start from an empty cluster every time (tests); never for a portal that keeps its content
 */
@ConfigurationProperties("redaksi.embedded-database")
public record EmbeddedDatabaseSettings(
        @DefaultValue("data") Path directory,
        @DefaultValue("false") boolean clean) {}

package id.redaksi.readership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How reads are told from a loop of made-up ones.
 *
 * @param secret signs the read tokens in article pages when set (at least 32 characters, the same on every node);
 *     unset, the installation's own random key in the database signs them
 * @param readsPerArticle the most reads of one article counted from one client address in half an hour, whatever
 *     user agents it sends: a household or an office behind one address reads the same story a few times
 * @param readsPerMinute the most reads counted from one client address in a minute, over all articles
 */
@Validated
@ConfigurationProperties("redaksi.readership")
record ReadershipSettings(
        @Size(min = 32) String secret,
        @DefaultValue("5") @Min(1) @Max(1000) int readsPerArticle,
        @DefaultValue("30") @Min(1) @Max(100_000) int readsPerMinute) {}

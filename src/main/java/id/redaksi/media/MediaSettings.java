package id.redaksi.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param directory where media files are kept when no object store is configured
 * @param maxUploadSize the largest file an editor may upload
 */
@ConfigurationProperties("redaksi.media")
public record MediaSettings(
        @DefaultValue("data/media") Path directory,
        @DefaultValue("10MB") DataSize maxUploadSize) {}

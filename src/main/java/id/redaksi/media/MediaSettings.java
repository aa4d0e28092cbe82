package id.redaksi.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param directory where media files are kept when no object store is configured */
@ConfigurationProperties("redaksi.media")
public record MediaSettings(@DefaultValue("data/media") Path directory) {}

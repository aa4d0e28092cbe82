package id.redaksi.media;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param directory where media files are kept when no object store is configured
 * @param maxUploadSize the largest file an editor may upload
 * @param siteQuota the most bytes one site's pictures, originals and renditions, may take in storage
 * @param decodeSlots how many pictures this node decodes at once; each may hold up to 200 MB of pixels
 * @param decodeWait how long an upload waits for a free slot before the editor is asked to try again
 * @param storage where the bytes live: {@code directory} for one machine, {@code s3} for nodes sharing a bucket
 */
@Validated
@ConfigurationProperties("redaksi.media")
public record MediaSettings(
        @DefaultValue("data/media") @NotNull Path directory,
        @DefaultValue("10MB") @NotNull DataSize maxUploadSize,
        @DefaultValue("10GB") @NotNull DataSize siteQuota,
        @DefaultValue("1") int decodeSlots,
        @DefaultValue("15s") @NotNull Duration decodeWait,
        @DefaultValue("directory") @NotNull Storage storage) {

    public enum Storage {
        DIRECTORY,
        S3
    }

    @AssertTrue(message = "redaksi.media.decode-slots must be between 1 and 16")
    public boolean isDecodeSlotsInRange() {
        return decodeSlots >= 1 && decodeSlots <= 16;
    }

    @AssertTrue(message = "redaksi.media.decode-wait must be between 0 and 5 minutes")
    public boolean isDecodeWaitInRange() {
        return decodeWait == null || (!decodeWait.isNegative() && decodeWait.compareTo(Duration.ofMinutes(5)) <= 0);
    }
}

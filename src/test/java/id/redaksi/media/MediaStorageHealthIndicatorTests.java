package id.redaksi.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

class MediaStorageHealthIndicatorTests {

    @TempDir
    Path temporary;

    @Test
    void aDirectoryNotMadeYetIsMadeAndUp() {
        var directory = temporary.resolve("media/baru");

        var health = new MediaStorageHealthIndicator(new DirectoryStorage(settings(directory))).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(directory).isDirectory();
    }

    @Test
    void aMediaDirectoryThatIsAFileIsDown() throws IOException {
        var file = Files.writeString(temporary.resolve("bukan-direktori"), "x");

        var health = new MediaStorageHealthIndicator(new DirectoryStorage(settings(file))).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    private static MediaSettings settings(Path directory) {
        return new MediaSettings(directory, null, null, 1, null, MediaSettings.Storage.DIRECTORY);
    }
}

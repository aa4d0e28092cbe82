package id.redaksi.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Copies a media directory, as {@link DirectoryStorage} kept it, into the bucket under the same keys, so the rows
 * that name them stay right. Keys are never reused, so a key already in the bucket holds that file: a second run, or
 * one after an interruption, copies only what is missing.
 */
@ConditionalOnProperty(name = "redaksi.media.storage", havingValue = "s3")
@Component
class MediaCopy {

    private static final Logger log = LoggerFactory.getLogger(MediaCopy.class);

    private final S3Storage bucket;

    MediaCopy(S3Storage bucket) {
        this.bucket = bucket;
    }

    /** What a copy did. */
    record Copied(int copied, int present) {}

    Copied copy(Path directory) throws IOException {
        var root = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("no media directory at " + root);
        }
        var files = new ArrayList<Path>();
        try (Stream<Path> walk = Files.walk(root)) {
            // a leading dot marks DirectoryStorage's unfinished writes
            walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .forEach(files::add);
        }
        int copied = 0;
        for (var file : files) {
            var key = root.relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), "/");
            if (bucket.exists(key)) {
                continue;
            }
            bucket.put(key, Files.readAllBytes(file));
            copied++;
        }
        log.info(
                "copied {} media files from {} into the bucket; {} were there already",
                copied,
                root,
                files.size() - copied);
        return new Copied(copied, files.size() - copied);
    }
}

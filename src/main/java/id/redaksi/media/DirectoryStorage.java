package id.redaksi.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Media files in a directory on local disk, written whole or not at all. */
@ConditionalOnProperty(name = "redaksi.media.storage", havingValue = "directory", matchIfMissing = true)
@Component
class DirectoryStorage implements MediaStorage {

    private final Path root;

    DirectoryStorage(MediaSettings settings) {
        this.root = settings.directory().toAbsolutePath();
    }

    @Override
    public void put(String key, byte[] bytes) throws IOException {
        var target = resolve(key);
        Files.createDirectories(target.getParent());
        var temporary = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(resolve(key));
    }

    @Override
    public void check() throws IOException {
        // a fresh installation has no directory until the first upload makes it
        Files.createDirectories(root);
        if (!Files.isWritable(root)) {
            throw new IOException("the media directory " + root + " is not a writable directory");
        }
    }

    private Path resolve(String key) {
        var path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("media key outside the media directory: " + key);
        }
        return path;
    }
}

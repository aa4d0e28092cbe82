package id.redaksi.media;

import java.io.IOException;

/** Where media bytes live: a directory by default; an object store can implement the same. */
public interface MediaStorage {

    void put(String key, byte[] bytes) throws IOException;

    boolean exists(String key);

    /** Throws unless a new file could be stored now: the health endpoint's {@code mediaStorage}. */
    void check() throws IOException;
}

package id.redaksi.media;

/** An upload refused for a passing reason (this node busy with other pictures); the same file may succeed shortly. */
public class MediaBusy extends MediaRejected {

    MediaBusy() {
        this("Server sedang mengolah gambar lain. Coba unggah lagi sebentar lagi.");
    }

    MediaBusy(String message) {
        super(message);
    }
}

package id.redaksi.media;

/** An upload refused only because this node is busy with other pictures; the same file may succeed shortly. */
public class MediaBusy extends MediaRejected {

    MediaBusy() {
        super("Server sedang mengolah gambar lain. Coba unggah lagi sebentar lagi.");
    }
}

package id.redaksi.media;

/** The media store could not be reached or refused to work; nothing was kept, and the same file may succeed later. */
public class MediaStorageDown extends MediaBusy {

    MediaStorageDown(Throwable cause) {
        super(
                "Penyimpanan media sedang tidak dapat dihubungi, gambar belum tersimpan. Coba unggah lagi sebentar lagi.");
        initCause(cause);
    }
}

package id.redaksi.media;

/** An upload we do not keep; the message is meant for the person who uploaded it, in Indonesian. */
public class MediaRejected extends RuntimeException {

    public MediaRejected(String message) {
        super(message);
    }
}

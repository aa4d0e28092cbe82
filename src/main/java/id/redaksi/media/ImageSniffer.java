package id.redaksi.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells the format of a file from its first bytes. The name and the declared type of an upload come from the
 * sender and prove nothing; only the content decides which decoder gets to see the bytes.
 */
final class ImageSniffer {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private ImageSniffer() {}

    static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG)) {
            return Optional.of(ImageFormat.JPEG);
        }
        if (startsWith(bytes, 0, PNG)) {
            return Optional.of(ImageFormat.PNG);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) {
            return Optional.of(ImageFormat.WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        return bytes.length >= offset + magic.length
                && Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
    }
}

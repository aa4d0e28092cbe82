package id.redaksi.media;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a JPEG's pixels upright as its EXIF orientation says. Phones store portrait photos sideways and let the
 * viewer rotate them; once we strip EXIF nobody would, so the rotation has to happen in the pixels.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private ExifOrientation() {}

    /** The orientation (1 to 8) of a JPEG; upright when there is none or it cannot be read. */
    static int of(byte[] jpeg) {
        try {
            return find(ByteBuffer.wrap(jpeg));
        } catch (RuntimeException e) {
            return UPRIGHT;
        }
    }

    /** Walks the segments before the image data looking for the EXIF one. */
    private static int find(ByteBuffer jpeg) {
        int position = 2;
        while (position + 4 <= jpeg.limit() && (jpeg.get(position) & 0xFF) == 0xFF) {
            int marker = jpeg.get(position + 1) & 0xFF;
            int length = jpeg.getShort(position + 2) & 0xFFFF;
            if (marker == SOS) {
                break;
            }
            if (marker == APP1 && startsWith(jpeg, position + 4, EXIF)) {
                return inTiff(jpeg.slice(position + 10, length - 8));
            }
            position += 2 + length;
        }
        return UPRIGHT;
    }

    private static int inTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int directory = tiff.getInt(4);
        int entries = tiff.getShort(directory) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static boolean startsWith(ByteBuffer bytes, int offset, byte[] prefix) {
        if (offset + prefix.length > bytes.limit()) {
            return false;
        }
        var head = new byte[prefix.length];
        bytes.get(offset, head);
        return Arrays.equals(head, prefix);
    }

    /** The pixels as the orientation says they should be seen. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation == UPRIGHT) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        var transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        boolean turned = orientation >= 5;
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        var upright = new BufferedImage(turned ? h : w, turned ? w : h, type);
        // Graphics2D rather than AffineTransformOp, which refuses some of the raster layouts decoders produce
        var graphics = upright.createGraphics();
        graphics.drawImage(image, transform, null);
        graphics.dispose();
        return upright;
    }
}

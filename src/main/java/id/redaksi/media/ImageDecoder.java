package id.redaksi.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an upload to pixels, after reading only its header to refuse sizes that would exhaust memory: a small
 * file can declare a huge canvas (a decompression bomb), and decoding allocates the whole canvas up front.
 */
final class ImageDecoder {

    static final int MAX_SIDE = 12_000;
    /** About 150 MB of pixels once decoded; more than any news photo needs. */
    static final long MAX_PIXELS = 50_000_000L;

    private static final String UNREADABLE = "Gambar tidak dapat dibaca; berkasnya mungkin rusak.";
    private static final NumberFormat NUMBERS = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id"));

    private ImageDecoder() {}

    static BufferedImage decode(byte[] bytes, ImageFormat format) {
        var reader = readerFor(format);
        // in memory: the default stream would spill every upload into a temporary file
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            checkDimensions(reader.getWidth(0), reader.getHeight(0));
            return reader.read(0);
        } catch (MediaRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new MediaRejected(UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    static void checkDimensions(int width, int height) {
        var size = NUMBERS.format(width) + " × " + NUMBERS.format(height) + " piksel";
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new MediaRejected(
                    "Gambar " + size + " terlalu besar; batasnya " + NUMBERS.format(MAX_SIDE) + " piksel per sisi.");
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new MediaRejected(
                    "Gambar " + size + " terlalu besar; batasnya " + MAX_PIXELS / 1_000_000 + " megapiksel.");
        }
    }

    private static ImageReader readerFor(ImageFormat format) {
        var readers = ImageIO.getImageReadersByMIMEType(format.contentType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format.contentType());
        }
        return readers.next();
    }
}

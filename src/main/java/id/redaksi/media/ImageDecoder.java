package id.redaksi.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.MultiPixelPackedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.springframework.util.unit.DataSize;

/**
 * Decodes an upload to pixels, after reading only its header to refuse sizes that would exhaust memory: a small
 * file can declare a huge canvas (a decompression bomb), and decoding allocates the whole canvas up front. The
 * canvas is measured in bytes, not pixels: a 16-bit RGBA PNG takes 8 bytes a pixel, twice an ordinary photo's.
 */
final class ImageDecoder {

    static final int MAX_SIDE = 12_000;
    /** About 150 MB of 8-bit RGB once decoded; more than any news photo needs. */
    static final long MAX_PIXELS = 50_000_000L;
    /** A 50-megapixel photo at 4 bytes a pixel fits; the same canvas at 16 bits a sample does not. */
    static final long MAX_DECODED_BYTES = DataSize.ofMegabytes(200).toBytes();

    private static final String UNREADABLE = "Gambar tidak dapat dibaca; berkasnya mungkin rusak.";
    private static final NumberFormat NUMBERS = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id"));

    private ImageDecoder() {}

    static BufferedImage decode(byte[] bytes, ImageFormat format) {
        var reader = readerFor(format);
        // in memory: the default stream would spill every upload into a temporary file
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkDimensions(width, height);
            // read(0) decodes into the first of these types; the header alone tells which
            checkDecodedSize(width, height, bitsPerPixel(reader.getImageTypes(0).next()));
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

    private static void checkDecodedSize(int width, int height, long bitsPerPixel) {
        long bytes = (long) width * height * bitsPerPixel / 8;
        if (bytes > MAX_DECODED_BYTES) {
            throw new MediaRejected("Gambar %s × %s piksel memerlukan %s memori untuk diolah; batasnya %s."
                    .formatted(
                            NUMBERS.format(width),
                            NUMBERS.format(height),
                            ImagePipeline.readable(bytes),
                            ImagePipeline.readable(MAX_DECODED_BYTES)));
        }
    }

    /** What a pixel takes in the raster: packed pixels share one element, interleaved samples take one each. */
    private static long bitsPerPixel(ImageTypeSpecifier type) {
        var model = type.getSampleModel();
        if (model instanceof MultiPixelPackedSampleModel packed) {
            return packed.getPixelBitStride();
        }
        return (long) model.getNumDataElements() * DataBuffer.getDataTypeSize(model.getDataType());
    }

    private static ImageReader readerFor(ImageFormat format) {
        var readers = ImageIO.getImageReadersByMIMEType(format.contentType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format.contentType());
        }
        return readers.next();
    }
}

package id.redaksi.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes pixels to a new file with no metadata of the original: EXIF (camera, GPS location of a source),
 * comments and text chunks are gone because only the decoded pixels are written.
 */
final class ImageEncoder {

    private static final float JPEG_QUALITY = 0.85f;

    private ImageEncoder() {}

    /** We cannot write WebP, so it is kept as JPEG, or as PNG when it has transparency to keep. */
    static ImageFormat storedFormat(ImageFormat source, BufferedImage image) {
        return switch (source) {
            case JPEG -> ImageFormat.JPEG;
            case PNG -> ImageFormat.PNG;
            case WEBP -> image.getColorModel().hasAlpha() ? ImageFormat.PNG : ImageFormat.JPEG;
        };
    }

    static byte[] encode(BufferedImage image, ImageFormat format) {
        var writer = ImageIO.getImageWritersByMIMEType(format.contentType()).next();
        var param = writer.getDefaultWriteParam();
        if (format == ImageFormat.JPEG) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
        }
        var out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            var pixels = format == ImageFormat.JPEG ? opaque(image) : image;
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode " + format, e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** JPEG has no transparency; the JDK writer would store an alpha channel as a fourth colour channel. */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        var opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = opaque.createGraphics();
        graphics.drawImage(image, 0, 0, Color.WHITE, null);
        graphics.dispose();
        return opaque;
    }
}

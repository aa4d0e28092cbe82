package id.redaksi.media;

import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Turns uploaded bytes into a clean original and its renditions, or refuses them with a reason for the editor. */
@Component
class ImagePipeline {

    static final String NOT_AN_IMAGE = "Berkas bukan gambar JPEG, PNG atau WebP.";

    private final DataSize maxUploadSize;
    private final DecodingSlots slots;

    ImagePipeline(MediaSettings settings, DecodingSlots slots) {
        this.maxUploadSize = settings.maxUploadSize();
        this.slots = slots;
    }

    /** The original re-encoded without its metadata, and the renditions narrowest first. */
    record Prepared(EncodedImage original, List<EncodedImage> renditions) {}

    Prepared prepare(byte[] bytes) {
        checkSize(bytes.length);
        var format = ImageSniffer.sniff(bytes).orElseThrow(() -> new MediaRejected(NOT_AN_IMAGE));
        // the pixels live until the last rendition is encoded, so the slot is held that long
        try (var _ = slots.take()) {
            var image = upright(bytes, format);
            var stored = ImageEncoder.storedFormat(format, image);
            return new Prepared(encode(image, stored), renditions(image, stored));
        }
    }

    /**
     * Renditions of a picture given as already valid; none when its pixels cannot be read after all, or when no
     * decoding slot frees up in time.
     */
    List<EncodedImage> renditionsOf(byte[] bytes, ImageFormat format) {
        if (ImageSniffer.sniff(bytes).filter(format::equals).isEmpty()) {
            return List.of();
        }
        try (var _ = slots.take()) {
            var image = upright(bytes, format);
            return renditions(image, ImageEncoder.storedFormat(format, image));
        } catch (MediaRejected e) {
            return List.of();
        }
    }

    private static BufferedImage upright(byte[] bytes, ImageFormat format) {
        var image = ImageDecoder.decode(bytes, format);
        return format == ImageFormat.JPEG ? ExifOrientation.apply(image, ExifOrientation.of(bytes)) : image;
    }

    private static List<EncodedImage> renditions(BufferedImage image, ImageFormat format) {
        return Renditions.of(image).stream()
                .map(scaled -> encode(scaled, format))
                .toList();
    }

    private static EncodedImage encode(BufferedImage image, ImageFormat format) {
        return new EncodedImage(format, image.getWidth(), image.getHeight(), ImageEncoder.encode(image, format));
    }

    private void checkSize(long size) {
        if (size > maxUploadSize.toBytes()) {
            throw new MediaRejected(
                    "Ukuran berkas %s melebihi batas %s.".formatted(readable(size), readable(maxUploadSize.toBytes())));
        }
    }

    /** In gigabytes, megabytes or kilobytes, the largest that is at least one; one decimal, with a decimal comma. */
    static String readable(long bytes) {
        var number = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id")));
        long gigabyte = DataSize.ofGigabytes(1).toBytes();
        long megabyte = DataSize.ofMegabytes(1).toBytes();
        if (bytes >= gigabyte) {
            return number.format((double) bytes / gigabyte) + " GB";
        }
        if (bytes >= megabyte) {
            return number.format((double) bytes / megabyte) + " MB";
        }
        return number.format((double) bytes / 1024) + " KB";
    }
}

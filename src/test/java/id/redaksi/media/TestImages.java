package id.redaksi.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Pictures built in memory, with the metadata a camera or an editing tool would leave in them. */
public final class TestImages {

    /** PNG colour types. */
    public static final int RGB = 2;

    public static final int RGB_ALPHA = 6;

    private static final Map<String, byte[]> DEEP = new ConcurrentHashMap<>();

    private TestImages() {}

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height, boolean alpha) {
        return write(picture(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB), "png");
    }

    /** An EXIF APP1 segment right after the SOI marker, as cameras write it, naming a GPS position. */
    public static byte[] withExif(byte[] jpeg) {
        return withApp1(jpeg, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffWithGps()));
    }

    private static byte[] withApp1(byte[] jpeg, byte[] payload) {
        var segment = ByteBuffer.allocate(4 + payload.length)
                .put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) (payload.length + 2))
                .put(payload)
                .array();
        return concat(new byte[] {jpeg[0], jpeg[1]}, segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** An EXIF APP1 segment holding only an orientation tag, in the given TIFF byte order ("MM" or "II"). */
    public static byte[] withOrientation(byte[] jpeg, int orientation, String byteOrder) {
        var order = byteOrder.equals("II") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        var tiff = ByteBuffer.allocate(26)
                .order(order)
                .put(byteOrder.getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 42)
                .putInt(8)
                .putShort((short) 1)
                .putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0)
                .putInt(0)
                .array();
        return withApp1(jpeg, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff));
    }

    /** A tEXt chunk right after IHDR (8 bytes of signature, 25 of IHDR). */
    public static byte[] withText(byte[] png, String keyword, String text) {
        var data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        return concat(Arrays.copyOfRange(png, 0, 33), chunk("tEXt", data), Arrays.copyOfRange(png, 33, png.length));
    }

    /** A PNG that is only a header declaring the size, like a decompression bomb's. */
    public static byte[] pngHeader(int width, int height) {
        return pngHeader(width, height, 8, RGB);
    }

    /** Only a header, with the bits per sample and the PNG colour type (2 RGB, 6 RGB with alpha). */
    public static byte[] pngHeader(int width, int height, int bitDepth, int colourType) {
        var ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) bitDepth)
                .put((byte) colourType)
                .array();
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, chunk("IHDR", ihdr));
    }

    /**
     * A complete, valid PNG of 16-bit RGBA pixels, all transparent black: its rows of zeros deflate a thousandfold,
     * so 7071 × 7071 is a few hundred kilobytes on disk and 8 bytes a pixel (about 400 MB) once decoded.
     */
    public static byte[] deepPng(int width, int height) {
        return deepPng(width, height, RGB_ALPHA);
    }

    /** The same, of 16-bit RGB (6 bytes a pixel) or RGBA pixels; kept, since deflating 400 MB takes seconds. */
    public static byte[] deepPng(int width, int height, int colourType) {
        return DEEP.computeIfAbsent(width + "x" + height + "/" + colourType, key -> deflated(width, height, colourType))
                .clone();
    }

    private static byte[] deflated(int width, int height, int colourType) {
        int samples = colourType == RGB_ALPHA ? 4 : 3;
        var deflater = new Deflater();
        var row = new byte[1 + width * samples * 2]; // a filter byte (none), then the samples
        var compressed = new ByteArrayOutputStream();
        var buffer = new byte[64 * 1024];
        for (int y = 0; y < height; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return concat(
                pngHeader(width, height, 16, colourType),
                chunk("IDAT", compressed.toByteArray()),
                chunk("IEND", new byte[0]));
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** Big-endian TIFF with IFD0 holding only a GPS IFD pointer, and a GPS IFD with a latitude reference. */
    private static byte[] tiffWithGps() {
        return ByteBuffer.allocate(44)
                .put("MM".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 42)
                .putInt(8)
                .putShort((short) 1)
                .putShort((short) 0x8825)
                .putShort((short) 4)
                .putInt(1)
                .putInt(26)
                .putInt(0)
                .putShort((short) 1)
                .putShort((short) 1)
                .putShort((short) 2)
                .putInt(2)
                .put("S\0\0\0".getBytes(StandardCharsets.US_ASCII))
                .putInt(0)
                .array();
    }

    private static BufferedImage picture(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(30, 120, 60, 200));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

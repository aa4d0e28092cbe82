package id.redaksi.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ExifOrientationTests {

    private static final int RED = Color.RED.getRGB();
    private static final int BLUE = Color.BLUE.getRGB();

    @Test
    void readsTheOrientationInEitherByteOrder() {
        var jpeg = TestImages.jpeg(40, 20);

        assertThat(ExifOrientation.of(TestImages.withOrientation(jpeg, 6, "MM")))
                .isEqualTo(6);
        assertThat(ExifOrientation.of(TestImages.withOrientation(jpeg, 8, "II")))
                .isEqualTo(8);
        assertThat(ExifOrientation.of(jpeg)).isEqualTo(1);
        assertThat(ExifOrientation.of(TestImages.withExif(jpeg))).isEqualTo(1);
    }

    @Test
    void aBrokenOrOutOfRangeValueCountsAsUpright() {
        var jpeg = TestImages.jpeg(40, 20);
        var truncated = Arrays.copyOf(TestImages.withOrientation(jpeg, 6, "MM"), 20);

        assertThat(ExifOrientation.of(truncated)).isEqualTo(1);
        assertThat(ExifOrientation.of(TestImages.withOrientation(jpeg, 42, "MM")))
                .isEqualTo(1);
        assertThat(ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEqualTo(1);
    }

    @Test
    void turnsThePixelsAsEachOrientationSays() {
        assertThat(corners(ExifOrientation.apply(redLeftBlueRight(), 1))).isEqualTo("40x20 R B R B");
        assertThat(corners(ExifOrientation.apply(redLeftBlueRight(), 2))).isEqualTo("40x20 B R B R");
        assertThat(corners(ExifOrientation.apply(redLeftBlueRight(), 3))).isEqualTo("40x20 B R B R");
        assertThat(corners(ExifOrientation.apply(redLeftBlueRight(), 6))).isEqualTo("20x40 R R B B");
        assertThat(corners(ExifOrientation.apply(redLeftBlueRight(), 8))).isEqualTo("20x40 B B R R");
        assertThat(corners(ExifOrientation.apply(redTopLeftQuarter(), 5))).isEqualTo("20x40 R - - -");
        assertThat(corners(ExifOrientation.apply(redTopLeftQuarter(), 7))).isEqualTo("20x40 - - - R");
        assertThat(corners(ExifOrientation.apply(redTopLeftQuarter(), 4))).isEqualTo("40x20 - - R -");
    }

    @Test
    void anUploadedPortraitPhotoIsStoredUpright() {
        var pipeline = ImagePipelineTests.pipeline(DataSize.ofMegabytes(10));
        var sideways = TestImages.withOrientation(TestImages.jpeg(800, 400), 6, "MM");

        var prepared = pipeline.prepare(sideways);

        assertThat(prepared.original().width()).isEqualTo(400);
        assertThat(prepared.original().height()).isEqualTo(800);
        assertThat(TestImages.read(prepared.original().bytes()).getHeight()).isEqualTo(800);
        assertThat(TestImages.contains(prepared.original().bytes(), "Exif")).isFalse();
        assertThat(prepared.renditions()).extracting(EncodedImage::height).containsExactly(640);
    }

    private static BufferedImage redLeftBlueRight() {
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 20, 20);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(20, 0, 20, 20);
        graphics.dispose();
        return image;
    }

    private static BufferedImage redTopLeftQuarter() {
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 20, 10);
        graphics.dispose();
        return image;
    }

    /** Size, then the colour near the top-left, top-right, bottom-left and bottom-right corners. */
    private static String corners(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return w + "x" + h + " " + colour(image, 1, 1) + " " + colour(image, w - 2, 1) + " " + colour(image, 1, h - 2)
                + " " + colour(image, w - 2, h - 2);
    }

    private static String colour(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return rgb == RED ? "R" : rgb == BLUE ? "B" : "-";
    }
}

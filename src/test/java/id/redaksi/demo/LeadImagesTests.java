package id.redaksi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LeadImagesTests {

    private final byte[] jpeg = LeadImages.paint("Hukum dan Kriminalitas", "Warta Malang", new Color(0x4E342E), 7);

    @Test
    void isAJpeg() {
        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF).endsWith((byte) 0xFF, (byte) 0xD9);
    }

    @Test
    void measures1200By675() throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(jpeg));

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(675);
    }

    @Test
    void staysSmallEnoughForAPage() {
        assertThat(jpeg.length).isBetween(10_000, 200_000);
    }

    @Test
    void isTheSameForTheSameSeedAndDiffersForAnother() {
        var colour = new Color(0x4E342E);

        assertThat(LeadImages.paint("Hukum dan Kriminalitas", "Warta Malang", colour, 7))
                .isEqualTo(jpeg);
        assertThat(LeadImages.paint("Hukum dan Kriminalitas", "Warta Malang", colour, 8))
                .isNotEqualTo(jpeg);
    }
}

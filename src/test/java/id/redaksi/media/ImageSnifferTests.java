package id.redaksi.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageSnifferTests {

    @Test
    void tellsTheFormatFromTheFirstBytes() {
        assertThat(ImageSniffer.sniff(TestImages.jpeg(10, 10))).contains(ImageFormat.JPEG);
        assertThat(ImageSniffer.sniff(TestImages.png(10, 10, false))).contains(ImageFormat.PNG);
        assertThat(ImageSniffer.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(ImageFormat.WEBP);
    }

    @Test
    void knowsNothingElse() {
        assertThat(ImageSniffer.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ImageSniffer.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(ImageSniffer.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ImageSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }
}

package id.redaksi.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImagePipelineTests {

    /** 1×1 WebP files, lossy and lossy with an alpha channel, as browsers' feature tests use them. */
    private static final byte[] WEBP_LOSSY =
            Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    private static final byte[] WEBP_ALPHA = Base64.getDecoder()
            .decode(
                    "UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==");

    /** 7071 × 7071 × 8 bytes = 399,992,328 bytes. */
    private static final String DEEP_7071 =
            "Gambar 7.071 × 7.071 piksel memerlukan 381,5 MB memori untuk diolah; batasnya 200 MB.";

    private final ImagePipeline pipeline = pipeline(DataSize.ofMegabytes(10));

    @Test
    void aJpegIsStoredWithoutItsExifAndLocation() {
        var upload = TestImages.withExif(TestImages.jpeg(800, 600));
        assertThat(TestImages.contains(upload, "Exif")).isTrue();
        assertThat(TestImages.read(upload).getWidth()).isEqualTo(800);

        var original = pipeline.prepare(upload).original();

        assertThat(original.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(TestImages.contains(original.bytes(), "Exif")).isFalse();
        assertThat(original.bytes()).startsWith(0xFF, 0xD8, 0xFF);
        var pixels = TestImages.read(original.bytes());
        assertThat(pixels.getWidth()).isEqualTo(800);
        assertThat(pixels.getHeight()).isEqualTo(600);
        assertThat(original.width()).isEqualTo(800);
        assertThat(original.height()).isEqualTo(600);
    }

    @Test
    void aPngIsStoredAsPngWithoutItsTextChunksAndKeepsTransparency() {
        var upload = TestImages.withText(TestImages.png(400, 300, true), "Author", "Fotografer Rahasia");
        assertThat(TestImages.read(upload).getWidth()).isEqualTo(400);

        var original = pipeline.prepare(upload).original();

        assertThat(original.format()).isEqualTo(ImageFormat.PNG);
        assertThat(TestImages.contains(original.bytes(), "tEXt")).isFalse();
        assertThat(TestImages.contains(original.bytes(), "Fotografer Rahasia")).isFalse();
        assertThat(TestImages.read(original.bytes()).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void webpIsKeptAsJpegOrAsPngWhenItHasTransparency() {
        var lossy = pipeline.prepare(WEBP_LOSSY).original();
        var alpha = pipeline.prepare(WEBP_ALPHA).original();

        assertThat(lossy.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(TestImages.read(lossy.bytes()).getWidth()).isEqualTo(1);
        assertThat(alpha.format()).isEqualTo(ImageFormat.PNG);
        assertThat(TestImages.read(alpha.bytes()).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void renditionsComeInTheStandardWidthsBelowTheOriginalAndKeepTheAspectRatio() {
        var prepared = pipeline.prepare(TestImages.jpeg(2000, 1125));

        assertThat(prepared.renditions()).extracting(EncodedImage::width).containsExactly(320, 640, 960, 1280, 1600);
        assertThat(prepared.renditions()).extracting(EncodedImage::height).containsExactly(180, 360, 540, 720, 900);
        var decoded = TestImages.read(prepared.renditions().get(1).bytes());
        assertThat(decoded.getWidth()).isEqualTo(640);
        assertThat(decoded.getHeight()).isEqualTo(360);
        assertThat(prepared.renditions()).allSatisfy(r -> assertThat(r.format()).isEqualTo(ImageFormat.JPEG));
    }

    @Test
    void anOddAspectRatioRoundsHeightsAndANarrowPictureHasFewRenditions() {
        var prepared = pipeline.prepare(TestImages.png(700, 400, false));

        assertThat(prepared.renditions()).extracting(EncodedImage::width).containsExactly(320, 640);
        assertThat(prepared.renditions()).extracting(EncodedImage::height).containsExactly(183, 366);
        assertThat(prepared.renditions()).allSatisfy(r -> assertThat(r.format()).isEqualTo(ImageFormat.PNG));
        assertThat(pipeline.prepare(TestImages.jpeg(320, 200)).renditions()).isEmpty();
    }

    @Test
    void aTextFileIsRejectedWhateverItsName() {
        var text = "Ini catatan rapat, bukan foto.".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> pipeline.prepare(text))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("Berkas bukan gambar JPEG, PNG atau WebP.");
        assertThatThrownBy(() -> pipeline.prepare(new byte[0])).hasMessage("Berkas bukan gambar JPEG, PNG atau WebP.");
    }

    @Test
    void aFileThatOnlyStartsLikeAJpegIsRejectedAsUnreadable() {
        var fake = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 'h', 'a', 'l', 'o'};

        assertThatThrownBy(() -> pipeline.prepare(fake))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("Gambar tidak dapat dibaca; berkasnya mungkin rusak.");
    }

    @Test
    void aFileOverTheLimitIsRejectedNamingTheLimit() {
        var small = pipeline(DataSize.ofKilobytes(100));
        var upload = new byte[150 * 1024 + 512];

        assertThatThrownBy(() -> small.prepare(upload))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("Ukuran berkas 150,5 KB melebihi batas 100 KB.");
        assertThat(ImagePipeline.readable(Math.round(14.2 * 1024 * 1024))).isEqualTo("14,2 MB");
        assertThat(ImagePipeline.readable(DataSize.ofMegabytes(10).toBytes())).isEqualTo("10 MB");
    }

    @Test
    void hugeDimensionsAreRejectedFromTheHeaderBeforeDecoding() {
        assertThatThrownBy(() -> pipeline.prepare(TestImages.pngHeader(20_000, 20_000)))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("Gambar 20.000 × 20.000 piksel terlalu besar; batasnya 12.000 piksel per sisi.");
        assertThatThrownBy(() -> pipeline.prepare(TestImages.pngHeader(10_000, 9_000)))
                .hasMessage("Gambar 10.000 × 9.000 piksel terlalu besar; batasnya 50 megapiksel.");
    }

    @Test
    void aDeepPictureIsRefusedByItsDecodedSizeFromTheHeaderBeforeDecoding() {
        // only a header: had the decoder gone on to the pixels, it would have found none and called it unreadable
        assertThatThrownBy(() -> pipeline.prepare(TestImages.pngHeader(7071, 7071, 16, TestImages.RGB_ALPHA)))
                .isInstanceOf(MediaRejected.class)
                .hasMessage(DEEP_7071);
        var bomb = TestImages.deepPng(7071, 7071);
        assertThat(bomb.length).isLessThan(500 * 1024);
        assertThatThrownBy(() -> pipeline.prepare(bomb))
                .isInstanceOf(MediaRejected.class)
                .hasMessage(DEEP_7071);
    }

    @Test
    void theDecodedSizeCountsTheBitsOfEachPixel() {
        // the same canvas at 8 bits RGBA is 200 million bytes, under the bound: it passes the header check and
        // only then fails for want of pixel data
        assertThatThrownBy(() -> pipeline.prepare(TestImages.pngHeader(7071, 7071, 8, TestImages.RGB_ALPHA)))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("Gambar tidak dapat dibaca; berkasnya mungkin rusak.");
        // 6000 × 6000 is 108 MB at 8 bits RGB; at 16 bits, 216 million bytes
        assertThatThrownBy(() -> pipeline.prepare(TestImages.deepPng(6000, 6000, TestImages.RGB)))
                .hasMessage("Gambar 6.000 × 6.000 piksel memerlukan 206 MB memori untuk diolah; batasnya 200 MB.");
    }

    @Test
    void renditionsOfAStoredPictureAreMadeOnlyWhenItsPixelsCanBeRead() {
        assertThat(pipeline.renditionsOf(TestImages.jpeg(1000, 500), ImageFormat.JPEG))
                .extracting(EncodedImage::width)
                .containsExactly(320, 640, 960);
        assertThat(pipeline.renditionsOf(new byte[] {1, 2, 3}, ImageFormat.JPEG))
                .isEmpty();
        assertThat(pipeline.renditionsOf(TestImages.png(1000, 500, false), ImageFormat.JPEG))
                .isEmpty();
    }

    @Test
    void whileEverySlotIsTakenAnUploadIsAskedToTryAgain() {
        var slots = new DecodingSlots(settings(DataSize.ofMegabytes(10), 1, Duration.ZERO));
        var pipeline = new ImagePipeline(settings(DataSize.ofMegabytes(10), 1, Duration.ZERO), slots);
        var photo = TestImages.jpeg(400, 300);

        try (var _ = slots.take()) {
            assertThatThrownBy(() -> pipeline.prepare(photo))
                    .isInstanceOf(MediaBusy.class)
                    .hasMessage("Server sedang mengolah gambar lain. Coba unggah lagi sebentar lagi.");
            assertThat(pipeline.renditionsOf(photo, ImageFormat.JPEG)).isEmpty();
        }
        assertThat(pipeline.prepare(photo).original().width()).isEqualTo(400);
    }

    @Test
    void aRefusedPictureGivesItsSlotBack() {
        var settings = settings(DataSize.ofMegabytes(10), 1, Duration.ZERO);
        var pipeline = new ImagePipeline(settings, new DecodingSlots(settings));
        var fake = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 'h', 'a', 'l', 'o'};
        var bomb = TestImages.pngHeader(7071, 7071, 16, TestImages.RGB_ALPHA);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> pipeline.prepare(fake))
                    .hasMessage("Gambar tidak dapat dibaca; berkasnya mungkin rusak.");
            assertThatThrownBy(() -> pipeline.prepare(bomb)).hasMessage(DEEP_7071);
        }
    }

    @Test
    void anUploadWaitsForASlotThatFreesUpWithinTheWait() throws Exception {
        var settings = settings(DataSize.ofMegabytes(10), 1, Duration.ofSeconds(30));
        var slots = new DecodingSlots(settings);
        var pipeline = new ImagePipeline(settings, slots);
        var taken = slots.take();
        var releaser = Thread.startVirtualThread(() -> {
            sleep(200);
            taken.close();
        });

        assertThat(pipeline.prepare(TestImages.jpeg(400, 300)).original().width())
                .isEqualTo(400);
        releaser.join();
    }

    static ImagePipeline pipeline(DataSize limit) {
        var settings = settings(limit, 1, Duration.ZERO);
        return new ImagePipeline(settings, new DecodingSlots(settings));
    }

    static MediaSettings settings(DataSize maxUploadSize, int decodeSlots, Duration decodeWait) {
        return new MediaSettings(
                Path.of("target/unused"),
                maxUploadSize,
                DataSize.ofGigabytes(10),
                decodeSlots,
                decodeWait,
                MediaSettings.Storage.DIRECTORY);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package id.redaksi.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void joinsLowercaseWordsWithHyphens() {
        assertThat(Slugs.of("Harga Cabai Rawit di Pasar Besar Naik 20 Persen"))
                .isEqualTo("harga-cabai-rawit-di-pasar-besar-naik-20-persen");
    }

    @Test
    void dropsAccentsAndPunctuation() {
        assertThat(Slugs.of("Kafé Gödel: Kopi & Roti, Rp 25.000!")).isEqualTo("kafe-godel-kopi-roti-rp-25-000");
        assertThat(Slugs.of("Pasar Pa'baeng-baeng")).isEqualTo("pasar-pa-baeng-baeng");
        assertThat(Slugs.of("  Cerpen: Pulang ke Pare?  ")).isEqualTo("cerpen-pulang-ke-pare");
    }

    @Test
    void cutsALongHeadlineAfterAWholeWord() {
        var slug = Slugs.of("Warga Kecamatan Kedungkandang Gotong Royong Renovasi Masjid Tua, "
                + "Target Rampung Lima Bulan Sebelum Akhir Tahun Anggaran Berikutnya");

        assertThat(slug)
                .isEqualTo("warga-kecamatan-kedungkandang-gotong-royong-renovasi-masjid-tua-target-rampung")
                .hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
    }

    @Test
    void cutsOneLongWordAtTheLimit() {
        assertThat(Slugs.of("a".repeat(100))).isEqualTo("a".repeat(Slugs.MAX_LENGTH));
    }

    @Test
    void namesTextWithoutLettersOrDigitsBerita() {
        assertThat(Slugs.of(" ?! ")).isEqualTo("berita");
        assertThat(Slugs.of(null)).isEqualTo("berita");
    }
}

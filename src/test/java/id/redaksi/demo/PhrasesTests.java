package id.redaksi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import id.redaksi.demo.TextBank.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhrasesTests {

    private static final TextBank BANK = TextBank.parse(List.of(
            "[umum]",
            "pasar: Pasar Besar | Pasar Blimbing | Pasar Dinoyo | Pasar Lawang",
            "pihak: Dinas Perdagangan {kota}",
            "kota: Kota Malang",
            "sumber: @nama",
            "depan_pria: Agus | Budi | Eko",
            "belakang_pria: Santoso | Wibowo",
            "depan_wanita: Sri | Dewi",
            "belakang_wanita: Lestari | Rahayu",
            "fakta: Satu. | Dua. | Tiga."));

    private static final LocalDate MONDAY = LocalDate.of(2025, 8, 4);

    private Phrases phrases(long seed) {
        return new Phrases(Scope.of(BANK.common()), new Random(seed), MONDAY, Map.of("nama_situs", "Warta Malang"));
    }

    @Test
    void aSlotKeepsItsWordForTheWholeArticle() {
        var phrases = phrases(1);
        var market = phrases.fill("{pasar}");

        assertThat(phrases.fill("Harga di {pasar} naik.")).isEqualTo("Harga di " + market + " naik.");
    }

    @Test
    void aNumberedSlotTakesAnotherWordOfTheSameList() {
        var phrases = phrases(2);

        assertThat(phrases.fill("{pasar}")).isNotEqualTo(phrases.fill("{pasar#2}"));
    }

    @Test
    void fillsWordsInsideWords() {
        assertThat(phrases(3).fill("{pihak} memantau harga."))
                .isEqualTo("Dinas Perdagangan Kota Malang memantau harga.");
    }

    @Test
    void writesNumbersDatesAndFixedWordsAsIndonesianNewsDoes() {
        var phrases = phrases(4);

        assertThat(phrases.fill("{angka:1500-1500} pengunjung")).isEqualTo("1.500 pengunjung");
        assertThat(phrases.fill("{hari_ini}, {kemarin}, {tahun}"))
                .isEqualTo("Senin (4/8/2025), Minggu (3/8/2025), 2025");
        assertThat(phrases.fill("kepada {nama_situs}")).isEqualTo("kepada Warta Malang");
    }

    @Test
    void makesUpATwoPartName() {
        assertThat(phrases(5).fill("{sumber}")).matches(Pattern.compile("(Agus|Budi|Eko|Sri|Dewi) [A-Z][a-z]+"));
    }

    @Test
    void givesEachTemplateOnceUntilToldToReuseThem() {
        var phrases = phrases(6);

        var drawn = List.of(
                phrases.next("fakta").orElseThrow(),
                phrases.next("fakta").orElseThrow(),
                phrases.next("fakta").orElseThrow());

        assertThat(drawn).containsExactlyInAnyOrder("Satu.", "Dua.", "Tiga.");
        assertThat(phrases.next("fakta")).isEmpty();
        phrases.reuse("fakta");
        assertThat(phrases.next("fakta")).isPresent();
    }

    @Test
    void isTheSameForTheSameSeed() {
        var template = "{sumber} di {pasar} menjual {angka:10-90} kilogram.";

        assertThat(phrases(7).fill(template)).isEqualTo(phrases(7).fill(template));
    }

    @Test
    void namesAMissingList() {
        assertThatIllegalStateException()
                .isThrownBy(() -> phrases(8).fill("{komoditas}"))
                .withMessageContaining("komoditas");
    }
}

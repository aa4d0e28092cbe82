package id.redaksi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTests {

    @Test
    void capitalisesWordsButNotSmallOnes() {
        assertThat(Headlines.titleCase("harga cabai rawit di pasar besar naik untuk kedua kalinya"))
                .isEqualTo("Harga Cabai Rawit di Pasar Besar Naik untuk Kedua Kalinya");
    }

    @Test
    void capitalisesASmallWordThatOpensTheHeadline() {
        assertThat(Headlines.titleCase("di balik layar festival")).isEqualTo("Di Balik Layar Festival");
    }

    @Test
    void keepsAcronymsAndCapitalisesBothHalvesOfARepeatedWord() {
        assertThat(Headlines.titleCase("pameran UMKM di kota, 3 orang luka-luka"))
                .isEqualTo("Pameran UMKM di Kota, 3 Orang Luka-Luka");
    }

    @Test
    void capitalisesTheFirstLetterOfASentence() {
        assertThat(Headlines.capitalize("pelatih Singo Kawi FC")).isEqualTo("Pelatih Singo Kawi FC");
        assertThat(Headlines.capitalize("")).isEmpty();
    }
}

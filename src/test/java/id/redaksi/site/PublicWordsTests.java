package id.redaksi.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PublicWordsTests {

    @Test
    void aSiteInIndonesianGetsIndonesianWhateverTheMachinesLocale() {
        var before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertThat(PublicWords.of("id", "layout.search.button")).isEqualTo("Cari");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aSiteInEnglishGetsEnglish() {
        assertThat(PublicWords.of("en", "layout.search.button")).isEqualTo("Search");
    }

    @Test
    void aLanguageWithoutItsOwnWordsGetsIndonesian() {
        assertThat(PublicWords.of("jv", "layout.skip")).isEqualTo("Langsung ke isi");
        assertThat(PublicWords.of(null, "layout.skip")).isEqualTo("Langsung ke isi");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(words("i18n/public_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        words("i18n/public.properties").stringPropertyNames());
    }

    private static Properties words(String resource) throws IOException {
        var properties = new Properties();
        try (var in = PublicWordsTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

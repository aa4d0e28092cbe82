package id.redaksi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.redaksi.demo.TextBank.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBankTests {

    private static final TextBank SAMPLE = TextBank.parse(List.of(
            "# a comment",
            "[umum]",
            "kota: Kota Malang | Kota Batu",
            "konteks:",
            "    Kalimat umum pertama.",
            "    Kalimat umum kedua.",
            "kutipan: Kutipan umum",
            "[situs malang]",
            "kota: Kota Malang",
            "[cerita ekonomi]",
            "kutipan: -",
            "penutup: =konteks",
            "",
            "[cerita ekonomi]",
            "judul: Harga {komoditas} Naik"));

    @Test
    void readsInlineListsAndIndentedLines() {
        assertThat(SAMPLE.common().get("kota")).containsExactly("Kota Malang", "Kota Batu");
        assertThat(SAMPLE.common().get("konteks")).containsExactly("Kalimat umum pertama.", "Kalimat umum kedua.");
        assertThat(SAMPLE.site("malang").get("kota")).containsExactly("Kota Malang");
    }

    @Test
    void keepsEveryStoryOfARubricInOrder() {
        assertThat(SAMPLE.stories("ekonomi")).hasSize(2);
        assertThat(SAMPLE.stories("ekonomi").get(1).get("judul")).containsExactly("Harga {komoditas} Naik");
        assertThat(SAMPLE.stories("politik")).isEmpty();
    }

    @Test
    void looksInTheStoryThenTheSiteThenTheCommonLists() {
        var scope = Scope.of(SAMPLE.stories("ekonomi").getFirst(), SAMPLE.site("malang"), SAMPLE.common());

        assertThat(scope.values("kota")).containsExactly("Kota Malang");
        assertThat(scope.values("kutipan")).as("a dash ends the search").isEmpty();
        assertThat(scope.values("penutup")).containsExactly("Kalimat umum pertama.", "Kalimat umum kedua.");
        assertThat(scope.values("tidak_ada")).isEmpty();
    }

    @Test
    void namesTheLineItCannotRead() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TextBank.parse(List.of("[umum]", "Kalimat tanpa nama daftar")))
                .withMessageContaining("line 2");
    }

    @Test
    void theDemoFileHasASectionForEverySiteAndStoriesForEveryRubric() {
        var bank = TextBank.load();

        for (var site : DemoSites.NETWORK) {
            assertThat(bank.site(site.slug()).get("topik")).as(site.slug()).hasSize(8);
        }
        for (var rubric : DemoSites.RUBRICS) {
            assertThat(bank.stories(rubric.slug()))
                    .as(rubric.slug())
                    .isNotEmpty()
                    .allSatisfy(story -> {
                        assertThat(story.get("judul")).isNotEmpty();
                        assertThat(story.get("lead")).isNotEmpty();
                        assertThat(story.get("pembuka")).isNotEmpty();
                        assertThat(story.get("fakta")).hasSizeGreaterThanOrEqualTo(5);
                        assertThat(story.get("topik")).hasSize(2);
                    });
        }
    }
}

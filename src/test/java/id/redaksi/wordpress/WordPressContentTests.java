package id.redaksi.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordPressContentTests {

    private static final WordPressContent.Picture BANJIR =
            new WordPressContent.Picture("/media/1/banjir.jpg", 640, 400);

    @Test
    void classicEditorTextGetsItsParagraphsAndLineBreaks() {
        var cleaned = clean("Paragraf satu,\nbaris dua.\n\nParagraf dua 🙏.");

        assertThat(cleaned.html()).isEqualTo("<p>Paragraf satu,<br>\nbaris dua.</p>\n<p>Paragraf dua 🙏.</p>");
        assertThat(cleaned.firstParagraph()).isEqualTo("Paragraf satu, baris dua.");
    }

    @Test
    void blockEditorCommentsAreRemovedAndItsParagraphsKept() {
        var cleaned = clean("<!-- wp:paragraph -->\n<p>Satu.</p>\n<!-- /wp:paragraph -->\n\n"
                + "<!-- wp:paragraph {\"align\":\"center\"} -->\n<p>Dua.</p>\n<!-- /wp:paragraph -->");

        assertThat(cleaned.html()).isEqualTo("<p>Satu.</p>\n<p>Dua.</p>");
    }

    @Test
    void aCaptionBecomesAFigureWithTheLibrarysPicture() {
        var cleaned = clean("[caption id=\"attachment_101\" align=\"aligncenter\" width=\"640\"]"
                + "<img src=\"https://old.id/wp-content/uploads/2023/09/banjir-300x188.jpg\" alt=\"Banjir\" /> "
                + "Air setinggi lutut.[/caption]");

        assertThat(cleaned.html())
                .isEqualTo("<figure><img src=\"/media/1/banjir.jpg\" alt=\"Banjir\" width=\"640\" height=\"400\">"
                        + "<figcaption>Air setinggi lutut.</figcaption></figure>");
    }

    @Test
    void embedsGalleriesAndOtherShortcodes() {
        var cleaned = clean("Teks.\n\n[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n"
                + "[gallery ids=\"101\"]\n\n[contact-form-7 id=\"12\" title=\"Kirim\"]\n\n[Baca juga: Banjir]");

        assertThat(cleaned.html())
                .isEqualTo("<p>Teks.</p>\n<p>https://www.youtube.com/watch?v=dQw4w9WgXcQ</p>\n"
                        + "<figure><img src=\"/media/1/banjir.jpg\" width=\"640\" height=\"400\" alt=\"\"></figure>\n"
                        + "<p>[Baca juga: Banjir]</p>");
        assertThat(cleaned.droppedShortcodes()).isEqualTo(Set.of("contact-form-7"));
    }

    @Test
    void aPictureThatCannotBeHadIsLeftOutAndNamed() {
        var cleaned = clean("Teks.\n\n<img src=\"https://old.id/wp-content/uploads/hilang.jpg\" alt=\"\" />");

        assertThat(cleaned.html()).isEqualTo("<p>Teks.</p>");
        assertThat(cleaned.missingImages()).isEqualTo(List.of("https://old.id/wp-content/uploads/hilang.jpg"));
    }

    private static WordPressContent.Cleaned clean(String raw) {
        return WordPressContent.clean(
                raw,
                id -> id == 101 ? Optional.of(BANJIR) : Optional.empty(),
                url -> url.contains("banjir") ? Optional.of(BANJIR) : Optional.empty());
    }
}

package id.redaksi.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodySanitizerTests {

    @Test
    void keepsTheMarkupOfANewsBody() {
        var html = "<h2>Sub</h2><p>Kata <strong>tebal</strong> dan <em>miring</em>, "
                + "<a href=\"https://contoh.id/a\">tautan</a>.</p><blockquote>Kutipan</blockquote><ul><li>Satu</li></ul>";
        assertThat(BodySanitizer.sanitize(html))
                .isEqualTo("<h2>Sub</h2><p>Kata <strong>tebal</strong> dan <em>miring</em>, "
                        + "<a href=\"https://contoh.id/a\" rel=\"noopener\">tautan</a>.</p><blockquote>Kutipan</blockquote>"
                        + "<ul><li>Satu</li></ul>");
    }

    /**
     * The shapes of TinyMCE 6.8.3's advisories (CVE-2024-38357: markup hidden in a noscript element; CVE-2024-38356:
     * markup in the attributes of non-editable content). A body the editor loads has been through this sanitiser,
     * so neither reaches it as markup.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">x</p></noscript><p>ok</p>",
                "<p class=\"mceNonEditable\" data-mce-x=\"<img src=x onerror=alert(1)>\">ok</p>"
            })
    void keepsNothingOfTheEditorsAdvisoriesShapes(String payload) {
        var clean = Jsoup.parseBodyFragment(BodySanitizer.sanitize(payload));
        assertThat(clean.select("noscript, img, [class], [title], [data-mce-x]"))
                .isEmpty();
        assertThat(clean.body().text()).contains("ok");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script><p>ok</p>",
                "<p onclick=\"alert(1)\">ok</p>",
                "<p><a href=\"javascript:alert(1)\">ok</a></p>",
                "<svg onload=alert(1)><p>ok</p></svg>",
                "<p style=\"background:url(javascript:alert(1))\">ok</p>",
                "<img src=x onerror=alert(1)><p>ok</p>",
                "<iframe src=\"https://evil.example\"></iframe><p>ok</p>",
                "<style>body{display:none}</style><p>ok</p>",
                "<figure class=\"embed\" data-embed=\"javascript:alert(1)\">x</figure><p>ok</p>"
            })
    void removesEverythingThatCouldRunInAReadersBrowser(String payload) {
        var clean = BodySanitizer.sanitize(payload);
        assertThat(clean)
                .doesNotContainIgnoringCase("script")
                .doesNotContainIgnoringCase("onload")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("style")
                .doesNotContainIgnoringCase("iframe")
                .doesNotContainIgnoringCase("svg")
                .contains("ok");
    }

    @Test
    void keepsAKnownEmbedAndDropsTheAddressOfAnyOther() {
        var known = "<figure class=\"embed\" data-embed=\"https://x.com/warta/status/123\">x</figure>";

        assertThat(BodySanitizer.sanitize(known)).isEqualTo(known);
        assertThat(BodySanitizer.sanitize("<figure class=\"embed\" data-embed=\"https://evil.example/x\">x</figure>"))
                .isEqualTo("<figure class=\"embed\">x</figure>");
    }
}

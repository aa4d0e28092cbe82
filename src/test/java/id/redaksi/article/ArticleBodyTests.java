package id.redaksi.article;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.article.ArticleBody.Html;
import id.redaksi.article.ArticleBody.RelatedSlot;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleBodyTests {

    @Test
    void veryShortArticlesGetNoRelatedLink() {
        assertThat(ArticleBody.relatedPositions(1)).isEmpty();
        assertThat(ArticleBody.relatedPositions(3)).isEmpty();
    }

    @Test
    void shortArticlesGetOneLinkAfterTheSecondParagraph() {
        assertThat(ArticleBody.relatedPositions(4)).containsExactly(2);
        assertThat(ArticleBody.relatedPositions(7)).containsExactly(2);
    }

    @Test
    void longArticlesGetTwoLinksNeitherBeforeTheSecondParagraphNorAfterTheLast() {
        assertThat(ArticleBody.relatedPositions(8)).containsExactly(2, 5);
        assertThat(ArticleBody.relatedPositions(17)).containsExactly(2, 9);
        for (int paragraphs = 8; paragraphs <= 60; paragraphs++) {
            var positions = ArticleBody.relatedPositions(paragraphs);
            assertThat(positions.getLast()).isLessThan(paragraphs).isGreaterThan(positions.getFirst() + 1);
        }
    }

    @Test
    void putsTheDatelineInFrontOfTheFirstParagraph() {
        var blocks = ArticleBody.layout("<h2>Sub</h2><p>Hujan deras turun.</p><p>Dua</p>", "WARTAMALANG", 0);
        assertThat(blocks)
                .containsExactly(
                        new Html(
                                "<h2>Sub</h2><p><strong class=\"dateline\">WARTAMALANG</strong> - Hujan deras turun.</p><p>Dua</p>"));
    }

    @Test
    void slotsSitBetweenParagraphsAtTheirPositions() {
        var blocks = ArticleBody.layout(paragraphs(10), "X", 2);
        assertThat(shape(blocks)).isEqualTo("P P [0] P P P P [1] P P P P");
    }

    @Test
    void makesNoMoreSlotsThanThereAreRelatedArticles() {
        assertThat(shape(ArticleBody.layout(paragraphs(10), "X", 1))).isEqualTo("P P [0] P P P P P P P P");
        assertThat(shape(ArticleBody.layout(paragraphs(10), "X", 0))).isEqualTo("P P P P P P P P P P");
    }

    @Test
    void onlyParagraphsWithTextCount() {
        var html = "<p>Satu</p><p> </p><blockquote>Kutipan</blockquote><p>Dua</p><p>Tiga</p><p>Empat</p>";
        assertThat(shape(ArticleBody.layout(html, "X", 2))).isEqualTo("P P [0] P P");
    }

    @Test
    void aYoutubeEmbedBecomesANoCookiePlayerAndOtherEmbedsALink() {
        var html = "<p>Satu</p><figure class=\"embed\" data-embed=\"https://www.youtube.com/watch?v=abcdefghijk\">"
                + "<a href=\"https://www.youtube.com/watch?v=abcdefghijk\">x</a></figure>"
                + "<figure class=\"embed\" data-embed=\"https://x.com/warta/status/123\"><a href=\"#\">x</a></figure>";

        var out = ((Html) ArticleBody.layout(html, "X", 0).getFirst()).html();

        var page = org.jsoup.Jsoup.parseBodyFragment(out);
        assertThat(page.select("iframe").attr("src")).isEqualTo("https://www.youtube-nocookie.com/embed/abcdefghijk");
        assertThat(page.select("iframe").attr("loading")).isEqualTo("lazy");
        assertThat(page.select("blockquote.embed-social a").attr("href")).isEqualTo("https://x.com/warta/status/123");
        assertThat(page.select("blockquote.embed-social a").text()).isEqualTo("Lihat unggahan di X");
    }

    @Test
    void anEmbedWhoseAddressIsNoKnownEmbedIsDropped() {
        var html = "<p>Satu</p><figure class=\"embed\" data-embed=\"javascript:alert(1)\"><a href=\"#\">x</a></figure>";

        var out = ((Html) ArticleBody.layout(html, "X", 0).getFirst()).html();

        assertThat(out).doesNotContain("javascript").doesNotContain("figure").contains("Satu");
    }

    @Test
    void theInArticleAdFollowsTheChosenParagraphBesideTheRelatedLinks() {
        var withTwoLinks = new ArticleBody.Layout(2, 3, false);
        assertThat(shape(ArticleBody.layout(paragraphs(10), "X", withTwoLinks)))
                .isEqualTo("P P [0] P AD P P P [1] P P P P");
        var sameParagraph = new ArticleBody.Layout(2, 2, false);
        assertThat(shape(ArticleBody.layout(paragraphs(10), "X", sameParagraph)))
                .isEqualTo("P P [0] AD P P P P [1] P P P P");
    }

    @Test
    void anArticleShorterThanTheChosenParagraphGetsNoInArticleAd() {
        assertThat(shape(ArticleBody.layout(paragraphs(3), "X", new ArticleBody.Layout(0, 4, false))))
                .isEqualTo("P P P");
        assertThat(shape(ArticleBody.layout(paragraphs(3), "X", new ArticleBody.Layout(0, 0, false))))
                .isEqualTo("P P P");
    }

    @Test
    void anAdvertorialsLinksAreMarkedSponsoredAndAnOrdinaryStorysAreNot() {
        var html = "<p>Kunjungi <a href=\"https://toko.example.id\" rel=\"noopener\">toko</a>.</p><p>Dua</p>";

        var paid = ((Html) ArticleBody.layout(html, "X", new ArticleBody.Layout(0, 0, true))
                        .getFirst())
                .html();
        var ordinary = ((Html) ArticleBody.layout(html, "X", 0).getFirst()).html();

        assertThat(org.jsoup.Jsoup.parseBodyFragment(paid).select("a").attr("rel"))
                .isEqualTo("noopener sponsored");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(ordinary).select("a").attr("rel"))
                .isEqualTo("noopener");
    }

    private static String paragraphs(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "<p>Paragraf " + i + "</p>")
                .collect(Collectors.joining());
    }

    /** The body as P for each paragraph with text, [n] for related slot n, and other blocks left out. */
    private static String shape(List<ArticleBody.Block> blocks) {
        return blocks.stream()
                .map(b -> switch (b) {
                    case Html html ->
                        org.jsoup.Jsoup.parseBodyFragment(html.html()).select("p").stream()
                                .filter(p -> !p.text().isBlank())
                                .map(p -> "P")
                                .collect(Collectors.joining(" "));
                    case RelatedSlot slot -> "[" + slot.slot() + "]";
                    case ArticleBody.AdSlot ad -> "AD";
                })
                .collect(Collectors.joining(" "));
    }
}

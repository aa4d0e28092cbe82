package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.account.Role;
import id.redaksi.newsroom.Drafting;
import id.redaksi.site.AdPlacement;
import id.redaksi.site.AdSlot;
import id.redaksi.site.Site;
import id.redaksi.site.SiteAds;
import id.redaksi.site.Sites;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A site's ad slots as readers get them, and everywhere they must never be. */
@PortalTest
class AdsIntegrationTests {

    private static final String NETWORK = "https://securepubads.g.doubleclick.net";
    private static final String INLINE = "window.iklanUji = (window.iklanUji || 0) + 1;";

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    Sites sites;

    @Autowired
    Drafting drafting;

    @Autowired
    MockMvc mvc;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Iklan").create();
    }

    @Test
    void theInArticleAdSitsAfterTheChosenParagraphOfArticlesOnlyLabelledAndWithItsHeightKept() {
        long id = fixtures.article(site).paragraphs(10).publish();
        ads(4, Map.of(AdPlacement.IN_ARTICLE, code("in-article", 280)));

        var page = article(id);
        var ad = page.selectFirst(".story-body > aside.ad-in-article");

        assertThat(ad).isNotNull();
        assertThat(ad.previousElementSibling().text()).isEqualTo("Paragraf ke-4 dari berita ini.");
        assertThat(ad.nextElementSibling().text()).isEqualTo("Paragraf ke-5 dari berita ini.");
        assertThat(ad.select(".ad-label").text()).isEqualTo("Iklan");
        assertThat(ad.select(".ad-space").attr("style")).isEqualTo("min-height:280px");
        // the code waits, inert, for ads.js to fill the slot after the page has loaded
        assertThat(ad.select("template.ad-code").html()).contains("id=\"iklan-in-article\"");
        assertThat(page.select("script[src=/js/ads.js]").attr("defer")).isEqualTo("");
        assertThat(home().select("aside.ad")).isEmpty();
        assertThat(home().html()).doesNotContain("iklan-in-article");
    }

    @Test
    void eachPlacementShowsOnThePagesItBelongsTo() {
        long id = fixtures.article(site).paragraphs(6).publish();
        ads(
                3,
                Map.of(
                        AdPlacement.TOP, code("top", 90),
                        AdPlacement.LIST, code("list", 250),
                        AdPlacement.BELOW_ARTICLE, code("below-article", 250)));

        var article = article(id);
        var home = home();
        var rubric = browser.get(host(), "/kanal/" + site.rubrics().getFirst().slug())
                .html();

        assertThat(places(article)).containsExactly("ad-top", "ad-below-article");
        assertThat(places(home)).containsExactly("ad-top", "ad-list");
        assertThat(places(rubric)).containsExactly("ad-top", "ad-list");
        assertThat(article.selectFirst("aside.ad-below-article")
                        .previousElementSibling()
                        .tagName())
                .isEqualTo("article");
    }

    @Test
    void adsNeverReachPreviewsFeedsSitemapsOrTheApi() throws Exception {
        long id = fixtures.article(site).paragraphs(6).publish();
        ads(
                2,
                Map.of(
                        AdPlacement.TOP, code("top", 90),
                        AdPlacement.IN_ARTICLE, code("in-article", 250),
                        AdPlacement.BELOW_ARTICLE, code("below-article", 250)));
        var editor = fixtures.account(site, Role.EDITOR);
        var story = drafting.create(editor, site.id(), Fixtures.draft(site, editor, "Pratinjau tanpa iklan"));

        var preview = mvc.perform(get("/redaksi/" + site.slug() + "/cerita/" + story.id() + "/pratinjau")
                        .with(user(editor.username())))
                .andReturn()
                .getResponse();
        var answers = List.of(
                browser.get(host(), "/rss.xml"),
                browser.get(host(), "/sitemap-news.xml"),
                browser.get(host(), "/api/v1/articles/" + id),
                browser.get(host(), "/api/v1/articles"));

        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).doesNotContain("iklan-").doesNotContain("/js/ads.js");
        assertThat(Jsoup.parse(preview.getContentAsString()).select("aside.ad")).isEmpty();
        assertThat(preview.getHeader("Content-Security-Policy")).doesNotContain(NETWORK);
        for (var answer : answers) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).doesNotContain("iklan-").doesNotContain("ads.js");
        }
    }

    @Test
    void aPageWithAdsAllowsExactlyTheListedNetworksAndTheCodesInlineScriptsByHash() {
        long id = fixtures.article(site).paragraphs(6).publish();
        var other = fixtures.site().create();
        long plain = fixtures.article(other).publish();
        ads(3, Map.of(AdPlacement.TOP, code("top", 90)));

        var withAds = browser.get(host(), browser.get(host(), "/baca/" + id).header("Location"));
        var without = browser.get(
                other.hosts().getFirst(),
                browser.get(other.hosts().getFirst(), "/baca/" + plain).header("Location"));

        assertThat(directive(withAds.header("Content-Security-Policy"), "script-src"))
                .isEqualTo("'self' 'sha256-eVytwwI4pIPe1X4W945hyymlbndkxFJ4/BFvjre5FjM=' " + NETWORK + " "
                        + sha256(INLINE));
        assertThat(directive(withAds.header("Content-Security-Policy"), "connect-src"))
                .isEqualTo("'self' " + NETWORK);
        assertThat(directive(without.header("Content-Security-Policy"), "script-src"))
                .isEqualTo("'self' 'sha256-eVytwwI4pIPe1X4W945hyymlbndkxFJ4/BFvjre5FjM='");
        assertThat(without.header("Content-Security-Policy")).doesNotContain("connect-src");
        // the page cache keeps the page with its policy: a second reader gets the same
        var again = browser.get(host(), browser.get(host(), "/baca/" + id).header("Location"));
        assertThat(again.header("Content-Security-Policy")).isEqualTo(withAds.header("Content-Security-Policy"));
    }

    @Test
    void aSlotPastItsLastDayShowsNothingAndThePageKeepsTheDefaultPolicy() {
        var yesterday = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
        ads(
                3,
                Map.of(
                        AdPlacement.TOP,
                        new AdSlot(AdPlacement.TOP, "", "/media/toko.png", "https://toko.example.id", yesterday, 90)));

        var home = browser.get(host(), "/");

        assertThat(home.html().select("aside.ad")).isEmpty();
        assertThat(home.html().select("script[src=/js/ads.js]")).isEmpty();
        assertThat(home.header("Content-Security-Policy")).doesNotContain("connect-src");
    }

    @Test
    void aLocalAdvertisersPictureLinksToThemUntilItsLastDay() {
        var today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        ads(
                3,
                Map.of(
                        AdPlacement.TOP,
                        new AdSlot(AdPlacement.TOP, "", "/media/toko.png", "https://toko.example.id", today, 90)));

        var slot = Jsoup.parseBodyFragment(
                home().selectFirst("aside.ad-top template").html());

        assertThat(slot.select("a").attr("href")).isEqualTo("https://toko.example.id");
        assertThat(slot.select("a").attr("rel")).isEqualTo("sponsored noopener");
        assertThat(slot.select("a img").attr("src")).isEqualTo("/media/toko.png");
    }

    @Test
    void changingTheAdsReachesAKeptPageAtOnce() {
        var before = home();
        ads(3, Map.of(AdPlacement.TOP, code("top", 90)));

        assertThat(before.select("aside.ad")).isEmpty();
        assertThat(places(home())).containsExactly("ad-top");
    }

    @Test
    void adsTxtIsTheSiteAdminsTextServedAsPlainText() {
        var other = fixtures.site().create();
        sites.changeAds(
                site.id(),
                new SiteAds(3, List.of(), "google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0", Map.of()));

        var answer = browser.get(host(), "/ads.txt");
        var none = browser.get(other.hosts().getFirst(), "/ads.txt");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(answer.body()).isEqualTo("google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n");
        assertThat(none.status()).isEqualTo(404);
    }

    private void ads(int inArticleAfter, Map<AdPlacement, AdSlot> slots) {
        sites.changeAds(site.id(), new SiteAds(inArticleAfter, List.of(NETWORK), "", slots));
    }

    private static AdSlot code(String name, int height) {
        var placement = Arrays.stream(AdPlacement.values())
                .filter(p -> p.name().toLowerCase().replace('_', '-').equals(name))
                .findFirst()
                .orElseThrow();
        var code = "<script async src=\"" + NETWORK + "/tag/js/gpt.js\"></script>\n<div id=\"iklan-" + name
                + "\"></div>\n<script>" + INLINE + "</script>";
        return new AdSlot(placement, code, "", "", null, height);
    }

    private Document article(long id) {
        var located = browser.get(host(), "/baca/" + id);
        var page = browser.get(host(), located.header("Location"));
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    private Document home() {
        return browser.get(host(), "/").html();
    }

    private static List<String> places(Document page) {
        return page.select("aside.ad").stream()
                .map(ad -> ad.classNames().stream()
                        .filter(c -> c.startsWith("ad-"))
                        .collect(Collectors.joining()))
                .toList();
    }

    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith(name + " "))
                .map(d -> d.substring(name.length() + 1))
                .findFirst()
                .orElse(null);
    }

    private static String sha256(String script) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

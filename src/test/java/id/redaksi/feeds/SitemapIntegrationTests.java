package id.redaksi.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.article.ArticlePublished;
import id.redaksi.site.Site;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@PortalTest
class SitemapIntegrationTests {

    private static final String SM = SitemapWriter.SITEMAP;
    private static final String NEWS = SitemapWriter.NEWS;
    private static final Instant SEP_5_2023_19_15_WIB = Instant.parse("2023-09-05T12:15:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Peta").create();
    }

    @Test
    void robotsTxtPointsCrawlersAtTheSitemaps() {
        var response = browser.get(host(), "/robots.txt");

        assertThat(response.status()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.header("Content-Type")).isCompatibleWith(MediaType.TEXT_PLAIN))
                .isTrue();
        assertThat(response.body()).isEqualTo("""
                User-agent: *
                Disallow: /redaksi/
                Disallow: /cari

                Sitemap: %s
                Sitemap: %s
                """.formatted(url("/sitemap.xml"), url("/sitemap-news.xml")));
    }

    @Test
    void theIndexListsExactlyTheMonthsWithArticlesInTheSiteZone() throws Exception {
        fixtures.article(site)
                .publishedAt(SEP_5_2023_19_15_WIB)
                .updatedAt(Instant.parse("2023-09-20T01:00:00Z"))
                .publish();
        fixtures.article(site)
                .publishedAt(Instant.parse("2023-09-01T00:30:00Z"))
                .publish();
        // 20:00 UTC on 31 October is 03:00 on 1 November in Jakarta: a November article for this site.
        fixtures.article(site)
                .publishedAt(Instant.parse("2023-10-31T20:00:00Z"))
                .publish();
        fixtures.article(fixtures.site().create())
                .publishedAt(Instant.parse("2023-08-10T00:00:00Z"))
                .publish();

        var response = browser.get(host(), "/sitemap.xml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.header("Content-Type")))
                .isEqualTo(MediaType.parseMediaType(Sitemaps.CONTENT_TYPE));
        validate(response.body(), "siteindex.xsd");
        var sitemaps = elements(parse(response.body()), SM, "sitemap");
        assertThat(sitemaps.stream().map(s -> text(s, SM, "loc")))
                .containsExactly(
                        url("/sitemap-articles-2023-09.xml"),
                        url("/sitemap-articles-2023-11.xml"),
                        url("/sitemap-pages.xml"));
        assertThat(text(sitemaps.getFirst(), SM, "lastmod")).isEqualTo("2023-09-20T08:00:00+07:00");
        assertThat(text(sitemaps.get(1), SM, "lastmod")).isEqualTo("2023-11-01T03:00:00+07:00");
    }

    @Test
    void aMonthSitemapListsThatMonthsArticlesWithCanonicalUrls() throws Exception {
        long edited = fixtures.article(site)
                .title("Harga Cabai Naik")
                .publishedAt(SEP_5_2023_19_15_WIB)
                .updatedAt(Instant.parse("2023-09-06T02:30:00Z"))
                .publish();
        long first = fixtures.article(site)
                .title("Awal Bulan")
                .publishedAt(Instant.parse("2023-08-31T17:00:00Z"))
                .publish();
        fixtures.article(site)
                .title("Akhir Agustus")
                .publishedAt(Instant.parse("2023-08-31T16:59:59Z"))
                .publish();

        var response = browser.get(host(), "/sitemap-articles-2023-09.xml");

        assertThat(response.status()).isEqualTo(200);
        validate(response.body(), "sitemap.xsd");
        var urls = elements(parse(response.body()), SM, "url");
        assertThat(urls.stream().map(u -> text(u, SM, "loc")))
                .containsExactly(
                        url("/baca/" + first + "/20230901/000000/awal-bulan"),
                        url("/baca/" + edited + "/20230905/191500/harga-cabai-naik"));
        assertThat(text(urls.get(1), SM, "lastmod")).isEqualTo("2023-09-06T09:30:00+07:00");
        assertThat(browser.get(host(), "/sitemap-articles-2023-10.xml").status())
                .isEqualTo(404);
        assertThat(browser.get(host(), "/sitemap-articles-2023-13.xml").status())
                .isEqualTo(404);
        assertThat(browser.get(host(), "/sitemap-articles-2023-09-1.xml").status())
                .isEqualTo(404);
        assertThat(browser.get(host(), "/sitemap-articles-2023-09-2.xml").status())
                .isEqualTo(404);
    }

    @Test
    void thePagesSitemapListsHomeAndTheListPagesThatHaveArticles() throws Exception {
        var binti = fixtures.person("Binti Lestari");
        var editor = fixtures.person("Dewi Redaktur");
        var topic = fixtures.topic(site, "Pilkada Serentak");
        fixtures.topic(site, "Topik Kosong");
        fixtures.article(site)
                .rubric("ekonomi")
                .writers(binti)
                .editor(editor)
                .topics(topic)
                .publishedAt(SEP_5_2023_19_15_WIB)
                .publish();

        var response = browser.get(host(), "/sitemap-pages.xml");

        validate(response.body(), "sitemap.xsd");
        var urls = elements(parse(response.body()), SM, "url");
        assertThat(urls.stream().map(u -> text(u, SM, "loc")))
                .containsExactly(
                        url("/"),
                        url("/kanal/ekonomi"),
                        url("/topik/pilkada-serentak"),
                        url("/penulis/" + binti.slug()),
                        url("/penulis/" + editor.slug()),
                        url("/halaman/redaksi"),
                        url("/halaman/pedoman-media-siber"),
                        url("/halaman/tentang-kami"),
                        url("/halaman/kontak"),
                        url("/halaman/info-iklan"),
                        url("/halaman/disclaimer"),
                        url("/halaman/kebijakan-privasi"));
        assertThat(urls.stream().limit(5).map(u -> text(u, SM, "lastmod"))).containsOnly("2023-09-05T19:15:00+07:00");
    }

    @Test
    void theNewsSitemapCarriesOnlyTheLastTwoDays() throws Exception {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        fixtures.article(site)
                .title("Kabar Tiga Hari Lalu")
                .publishedAt(now.minus(3, ChronoUnit.DAYS))
                .publish();
        long fresh = fixtures.article(site)
                .title("Kabar <Kemarin> & Hari Ini")
                .publishedAt(now.minus(1, ChronoUnit.DAYS))
                .publish();

        var response = browser.get(host(), "/sitemap-news.xml");

        assertThat(response.status()).isEqualTo(200);
        validate(response.body(), "sitemap.xsd", "sitemap-news.xsd");
        var urls = elements(parse(response.body()), SM, "url");
        assertThat(urls).hasSize(1);
        var url = urls.getFirst();
        assertThat(text(url, SM, "loc")).startsWith(url("/baca/" + fresh + "/"));
        var publication = elements(url, NEWS, "publication").getFirst();
        assertThat(text(publication, NEWS, "name")).isEqualTo("Warta Peta");
        assertThat(text(publication, NEWS, "language")).isEqualTo("id");
        assertThat(text(url, NEWS, "title")).isEqualTo("Kabar <Kemarin> & Hari Ini");
        assertThat(text(url, NEWS, "publication_date"))
                .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        now.minus(1, ChronoUnit.DAYS).atZone(site.zone())))
                .endsWith("+07:00");
    }

    @Test
    void theNewsSitemapStopsAtTheNewestThousand() throws Exception {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        insertRecent(1_005, now);

        var body = browser.get(host(), "/sitemap-news.xml").body();

        validate(body, "sitemap.xsd", "sitemap-news.xsd");
        var titles = elements(parse(body), NEWS, "title").stream()
                .map(Element::getTextContent)
                .toList();
        var expected = new ArrayList<String>();
        for (int i = 1; i <= 1_000; i++) {
            expected.add("Kabar Singkat " + i);
        }
        assertThat(titles).containsExactlyElementsOf(expected);
    }

    @Test
    void anUnchangedSitemapIsNotSentAgain() {
        fixtures.article(site).publishedAt(SEP_5_2023_19_15_WIB).publish();
        for (var path :
                List.of("/sitemap.xml", "/sitemap-articles-2023-09.xml", "/sitemap-pages.xml", "/sitemap-news.xml")) {
            var first = browser.get(host(), path);
            var etag = first.header("ETag");

            var again = browser.get(host(), path, "If-None-Match", etag);

            assertThat(etag).as(path).matches("\"[0-9a-f]{32}\"");
            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
        }
    }

    @Test
    void theIndexIsKeptForAMinuteAndRenewedAtOnceWhenTheSitePublishes() {
        fixtures.article(site).publishedAt(SEP_5_2023_19_15_WIB).publish();
        var index = browser.get(host(), "/sitemap.xml");
        // written straight to the database, as another node would: this node learns of it within a minute
        long written = insertAt(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(browser.get(host(), "/sitemap.xml", "If-None-Match", index.header("ETag"))
                        .status())
                .isEqualTo(304);

        // the newsroom announces what it publishes
        events.publishEvent(new ArticlePublished(
                site.id(), written, site.rubrics().getFirst().id()));
        var renewed = browser.get(host(), "/sitemap.xml", "If-None-Match", index.header("ETag"));
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.body()).contains("sitemap-articles-2024-01.xml");
    }

    /** One article written without announcing it, as another node's publication is to this one. */
    private long insertAt(Instant at) {
        return jdbc.sql("""
                        with s as (insert into story (site_id, status) values (:site, 'PUBLISHED') returning id)
                        insert into article (id, site_id, rubric_id, title, slug, lead, body_html, published_at, updated_at)
                        select id, :site, :rubric, 'Kabar Node Lain', 'kabar-node-lain', '', '<p>Isi.</p>', :at, :at from s
                        returning id
                        """)
                .param("site", site.id())
                .param("rubric", site.rubrics().getFirst().id())
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** Many articles at once, one minute apart going back from now; the newsroom's path is far too slow for this. */
    private void insertRecent(int count, Instant now) {
        jdbc.sql("""
                        with s as (insert into story (site_id, status)
                                   select :site, 'PUBLISHED' from generate_series(1, :n) returning id),
                             numbered as (select id, row_number() over (order by id) as i from s)
                        insert into article (id, site_id, rubric_id, title, slug, lead, body_html, published_at, updated_at)
                        select id, :site, :rubric, 'Kabar Singkat ' || i, 'kabar-singkat-' || i, '', '<p>Isi.</p>', at, at
                        from numbered cross join lateral (select cast(:now as timestamptz) - i * interval '1 minute' as at) t
                        """)
                .param("site", site.id())
                .param("n", count)
                .param("rubric", site.rubrics().getFirst().id())
                .param("now", Timestamp.from(now))
                .update();
    }

    private static void validate(String xml, String... xsds) throws Exception {
        var sources = new Source[xsds.length];
        for (int i = 0; i < xsds.length; i++) {
            sources[i] = new StreamSource(
                    SitemapIntegrationTests.class.getResource("/xsd/" + xsds[i]).toString());
        }
        var schema =
                SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String namespace, String name) {
        return elements(doc.getDocumentElement(), namespace, name);
    }

    private static List<Element> elements(Element parent, String namespace, String name) {
        var nodes = parent.getElementsByTagNameNS(namespace, name);
        var out = new ArrayList<Element>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static String text(Element parent, String namespace, String name) {
        return elements(parent, namespace, name).getFirst().getTextContent();
    }

    private String url(String path) {
        return "http://" + host() + path;
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

package id.redaksi.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@PortalTest
class FeedIntegrationTests {

    private static final Instant SEP_5_2023_19_15_WIB = Instant.parse("2023-09-05T12:15:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    Site site;

    @BeforeEach
    void setUp() {
        site = fixtures.site().named("Warta Umpan").create();
    }

    @Test
    void theSiteFeedIsValidRssWithEveryField() throws Exception {
        var binti = fixtures.person("Binti Lestari");
        var ghiska = fixtures.person("Ghiska Putri");
        long id = fixtures.article(site)
                .title("Harga <Cabai> & Bawang Naik")
                .writers(binti, ghiska)
                .publishedAt(SEP_5_2023_19_15_WIB)
                .publish();
        fixtures.article(fixtures.site().create()).title("Berita Situs Lain").publish();

        var response = browser.get(host(), "/rss.xml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.header("Content-Type")))
                .isEqualTo(MediaType.parseMediaType("application/rss+xml;charset=utf-8"));
        assertThat(response.header("Last-Modified")).isEqualTo("Tue, 05 Sep 2023 12:15:00 GMT");
        validate(response.body(), "rss-2.0.xsd");
        var channel = child(parse(response.body()).getDocumentElement(), "channel");
        assertThat(text(channel, "title")).isEqualTo("Warta Umpan");
        assertThat(text(channel, "link")).isEqualTo(url("/"));
        assertThat(text(channel, "lastBuildDate")).isEqualTo("Tue, 5 Sep 2023 19:15:00 +0700");
        var self =
                (Element) channel.getElementsByTagNameNS(RssWriter.ATOM, "link").item(0);
        assertThat(self.getAttribute("href")).isEqualTo(url("/rss.xml"));
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        var items = children(channel, "item");
        assertThat(items).hasSize(1);
        var item = items.getFirst();
        var link = url("/baca/" + id + "/20230905/191500/harga-cabai-bawang-naik");
        assertThat(text(item, "title")).isEqualTo("Harga <Cabai> & Bawang Naik");
        assertThat(text(item, "link")).isEqualTo(link);
        assertThat(text(item, "guid")).isEqualTo(link);
        assertThat(text(item, "description")).isEqualTo("Ringkasan: Harga <Cabai> & Bawang Naik");
        assertThat(text(item, "category")).isEqualTo("Politik");
        assertThat(text(item, "pubDate")).isEqualTo("Tue, 5 Sep 2023 19:15:00 +0700");
        var creators = item.getElementsByTagNameNS(RssWriter.DC, "creator");
        assertThat(List.of(creators.item(0).getTextContent(), creators.item(1).getTextContent()))
                .containsExactly("Binti Lestari", "Ghiska Putri");
        var enclosure = child(item, "enclosure");
        assertThat(enclosure.getAttribute("url")).startsWith(url("/media/"));
        assertThat(enclosure.getAttribute("length")).isEqualTo("3");
        assertThat(enclosure.getAttribute("type")).isEqualTo("image/jpeg");
        var media = (Element)
                item.getElementsByTagNameNS(RssWriter.MEDIA, "content").item(0);
        assertThat(media.getAttribute("url")).isEqualTo(enclosure.getAttribute("url"));
        assertThat(media.getAttribute("width")).isEqualTo("1200");
        assertThat(media.getAttribute("height")).isEqualTo("675");
    }

    @Test
    void aRubricFeedCarriesTheNewestFiftyOfThatRubric() throws Exception {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 1; i <= 51; i++) {
            fixtures.article(site)
                    .rubric("ekonomi")
                    .title("Kabar Ekonomi " + i)
                    .publishedAt(now.minus(i, ChronoUnit.MINUTES))
                    .withoutImage()
                    .publish();
        }
        fixtures.article(site)
                .rubric("olahraga")
                .title("Kabar Olahraga")
                .withoutImage()
                .publish();

        var body = browser.get(host(), "/kanal/ekonomi/rss.xml").body();

        validate(body, "rss-2.0.xsd");
        var channel = child(parse(body).getDocumentElement(), "channel");
        assertThat(text(channel, "title")).isEqualTo("Ekonomi - Warta Umpan");
        var titles = children(channel, "item").stream()
                .map(item -> text(item, "title"))
                .toList();
        assertThat(titles).hasSize(50).startsWith("Kabar Ekonomi 1").endsWith("Kabar Ekonomi 50");
    }

    @Test
    void aTopicFeedCarriesOnlyThatTopic() throws Exception {
        var topic = fixtures.topic(site, "Pilkada Serentak");
        fixtures.article(site).title("Debat Calon Bupati").topics(topic).publish();
        fixtures.article(site).title("Panen Raya").publish();

        var body = browser.get(host(), "/topik/pilkada-serentak/rss.xml").body();

        validate(body, "rss-2.0.xsd");
        var channel = child(parse(body).getDocumentElement(), "channel");
        assertThat(children(channel, "item").stream().map(item -> text(item, "title")))
                .containsExactly("Debat Calon Bupati");
        assertThat(browser.get(host(), "/topik/tidak-ada/rss.xml").status()).isEqualTo(404);
        assertThat(browser.get(host(), "/kanal/tidak-ada/rss.xml").status()).isEqualTo(404);
    }

    @Test
    void anUnchangedFeedIsNotSentAgain() {
        fixtures.article(site)
                .title("Jalan Baru Diresmikan")
                .publishedAt(SEP_5_2023_19_15_WIB)
                .publish();
        var first = browser.get(host(), "/rss.xml");
        var etag = first.header("ETag");

        var byEtag = browser.get(host(), "/rss.xml", "If-None-Match", etag);
        var byDate = browser.get(host(), "/rss.xml", "If-Modified-Since", first.header("Last-Modified"));

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(byEtag.status()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(byDate.status()).isEqualTo(304);
        fixtures.article(site).title("Jembatan Ditutup").publish();
        var changed = browser.get(host(), "/rss.xml", "If-None-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    private static void validate(String xml, String xsd) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(FeedIntegrationTests.class.getResource("/xsd/" + xsd));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        var out = new ArrayList<Element>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e
                    && e.getNamespaceURI() == null
                    && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        return children(parent, name).getFirst();
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    private String url(String path) {
        return "http://" + host() + path;
    }

    private String host() {
        return site.hosts().getFirst();
    }
}

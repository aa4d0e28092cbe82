package id.redaksi.feeds;

import id.redaksi.article.ArticlePath;
import id.redaksi.article.LiveUpdate;
import id.redaksi.article.YouTubeVideo;
import id.redaksi.site.Site;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.web.util.HtmlUtils;

/** Writes an RSS 2.0 feed item by item onto a stream; the XML writer escapes every text and attribute. */
final class RssWriter implements AutoCloseable {

    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final Site site;

    RssWriter(OutputStream out, Site site) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        this.site = site;
    }

    void start(String title, String link, String description, String selfUrl, Instant lastBuild)
            throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("media", MEDIA);
        xml.writeNamespace("atom", ATOM);
        xml.writeNamespace("content", CONTENT);
        xml.writeStartElement("channel");
        text("title", title);
        text("link", link);
        text("description", description);
        text("language", site.language());
        text("lastBuildDate", date(lastBuild));
        xml.writeEmptyElement("atom", "link", ATOM);
        xml.writeAttribute("href", selfUrl);
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("type", "application/rss+xml");
    }

    /** @param updates a live report's updates, pinned first then newest; empty for any other article */
    void item(FeedItem item, List<LiveUpdate> updates) throws XMLStreamException {
        var url = site.url(ArticlePath.of(item.id(), item.publishedAt(), site.zone(), item.slug()));
        xml.writeStartElement("item");
        text("title", item.title());
        text("link", url);
        text("description", item.lead());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "true");
        xml.writeCharacters(url);
        xml.writeEndElement();
        for (var writer : item.writers()) {
            xml.writeStartElement("dc", "creator", DC);
            xml.writeCharacters(writer);
            xml.writeEndElement();
        }
        image(item.image());
        for (var picture : item.gallery()) {
            picture(picture);
        }
        video(item.video());
        var rubric = site.rubric(item.rubricId());
        if (rubric.isPresent()) {
            text("category", rubric.get().name());
        }
        enclosure(item.image());
        text("pubDate", date(item.publishedAt()));
        updates(updates);
        xml.writeEndElement();
    }

    /** A live report's updates as one HTML block, each with its time, the way its page lists them. */
    private void updates(List<LiveUpdate> updates) throws XMLStreamException {
        if (updates.isEmpty()) {
            return;
        }
        var html = new StringBuilder();
        for (var update : updates) {
            html.append("<div class=\"live-update\"><p><strong>")
                    .append(HtmlUtils.htmlEscape(update.clock(site.zone())))
                    .append("</strong> ")
                    .append(HtmlUtils.htmlEscape(update.writer()))
                    .append("</p>")
                    .append(update.html())
                    .append("</div>");
        }
        xml.writeStartElement("content", "encoded", CONTENT);
        xml.writeCharacters(html.toString());
        xml.writeEndElement();
    }

    private void image(FeedItem.FeedImage image) throws XMLStreamException {
        if (image == null) {
            return;
        }
        xml.writeEmptyElement("media", "content", MEDIA);
        xml.writeAttribute("url", site.url(image.path()));
        xml.writeAttribute("type", image.contentType());
        xml.writeAttribute("medium", "image");
        xml.writeAttribute("width", Integer.toString(image.width()));
        xml.writeAttribute("height", Integer.toString(image.height()));
    }

    /** A photo story's picture, with its caption and credit, in the story's order. */
    private void picture(FeedItem.FeedPicture picture) throws XMLStreamException {
        var image = picture.image();
        xml.writeStartElement("media", "content", MEDIA);
        xml.writeAttribute("url", site.url(image.path()));
        xml.writeAttribute("type", image.contentType());
        xml.writeAttribute("medium", "image");
        xml.writeAttribute("width", Integer.toString(image.width()));
        xml.writeAttribute("height", Integer.toString(image.height()));
        xml.writeStartElement("media", "description", MEDIA);
        xml.writeAttribute("type", "plain");
        xml.writeCharacters(picture.caption());
        xml.writeEndElement();
        if (!picture.credit().isBlank()) {
            xml.writeStartElement("media", "credit", MEDIA);
            xml.writeCharacters(picture.credit());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The video an article leads with: its page on YouTube, and the privacy-enhanced player to embed. */
    private void video(YouTubeVideo video) throws XMLStreamException {
        if (video == null) {
            return;
        }
        xml.writeStartElement("media", "content", MEDIA);
        xml.writeAttribute("url", video.watchUrl());
        xml.writeAttribute("medium", "video");
        xml.writeEmptyElement("media", "player", MEDIA);
        xml.writeAttribute("url", video.embedUrl());
        xml.writeEmptyElement("media", "thumbnail", MEDIA);
        xml.writeAttribute("url", video.thumbnailUrl());
        xml.writeEndElement();
    }

    private void enclosure(FeedItem.FeedImage image) throws XMLStreamException {
        if (image == null) {
            return;
        }
        xml.writeEmptyElement("enclosure");
        xml.writeAttribute("url", site.url(image.path()));
        xml.writeAttribute("length", Long.toString(image.bytes()));
        xml.writeAttribute("type", image.contentType());
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** RFC 822 as RSS 2.0 asks, in the site's zone so readers see the newsroom's clock. */
    private String date(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(site.zone()));
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }
}

package id.redaksi.feeds;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemaps (sitemaps.org 0.9), sitemap indexes and Google News sitemaps entry by entry onto a stream.
 * Failures surface unchecked so rows can be written from inside a JDBC row callback; they are I/O failures at
 * heart (a reader that went away), hence {@link UncheckedIOException}.
 */
final class SitemapWriter implements AutoCloseable {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final ZoneId zone;

    SitemapWriter(OutputStream out, ZoneId zone) {
        this.zone = zone;
        this.xml = attempt(() -> FACTORY.createXMLStreamWriter(out, "UTF-8"));
    }

    void startIndex() {
        start("sitemapindex", false);
    }

    void startUrls(boolean news) {
        start("urlset", news);
    }

    void sitemap(String loc, Instant lastModified) {
        entry("sitemap", loc, lastModified);
        run(xml::writeEndElement);
    }

    void url(String loc, Instant lastModified) {
        entry("url", loc, lastModified);
        run(xml::writeEndElement);
    }

    /** A url with its news:news block; the publication's name and language are the site's. */
    void newsUrl(String loc, String publication, String language, Instant published, String title) {
        entry("url", loc, null);
        run(() -> {
            xml.writeStartElement("news", "news", NEWS);
            xml.writeStartElement("news", "publication", NEWS);
            text("news", "name", publication);
            text("news", "language", language);
            xml.writeEndElement();
            text("news", "publication_date", time(published));
            text("news", "title", title);
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    @Override
    public void close() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
    }

    /** W3C Datetime with the site's offset, as both sitemaps.org and Google News accept. */
    String time(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).withNano(0).toOffsetDateTime());
    }

    private void start(String root, boolean news) {
        run(() -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, root);
            xml.writeDefaultNamespace(SITEMAP);
            if (news) {
                xml.writeNamespace("news", NEWS);
            }
        });
    }

    private void entry(String name, String loc, Instant lastModified) {
        run(() -> {
            xml.writeStartElement(SITEMAP, name);
            text(null, "loc", loc);
            if (lastModified != null) {
                text(null, "lastmod", time(lastModified));
            }
        });
    }

    private void text(String prefix, String name, String value) throws XMLStreamException {
        if (prefix == null) {
            xml.writeStartElement(SITEMAP, name);
        } else {
            xml.writeStartElement(prefix, name, NEWS);
        }
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    @FunctionalInterface
    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    @FunctionalInterface
    private interface XmlSupplier<T> {
        T get() throws XMLStreamException;
    }

    private static void run(XmlAction action) {
        attempt(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T attempt(XmlSupplier<T> action) {
        try {
            return action.get();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("sitemap could not be written", e));
        }
    }
}

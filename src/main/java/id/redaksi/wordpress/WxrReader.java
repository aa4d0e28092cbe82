package id.redaksi.wordpress;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) as a stream, one item at a time, so that a file of any size is read in
 * the memory of its largest post. The file declares no DTD and needs none: DTDs and external entities are refused,
 * so an export cannot make the reader fetch or include anything.
 */
final class WxrReader {

    /** What the reader found, in the file's order. */
    interface Visitor {
        default void author(WxrAuthor author) {}

        default void item(WxrItem item) {}
    }

    private static final String WXR = "http://wordpress.org/export/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    private static final XMLInputFactory FACTORY = factory();

    private WxrReader() {}

    /**
     * Hands every author and item of the export to the visitor.
     *
     * @throws ExportUnreadable when the file is no WordPress export, or at the line and column where it is malformed
     */
    static void read(InputStream in, Visitor visitor) {
        XMLStreamReader xml = null;
        boolean export = false;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            requireExport(xml);
            export = true;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    visit(xml, visitor);
                }
            }
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            var problem =
                    e.getMessage() == null ? "unreadable XML" : e.getMessage().replaceAll("(?s)^.*Message: ", "");
            if (!export) {
                throw new ExportUnreadable("This is not a WordPress export: it is not XML (" + problem.strip() + ")");
            }
            throw at == null
                    ? new ExportUnreadable("The export is malformed: " + problem)
                    : ExportUnreadable.at(at.getLineNumber(), at.getColumnNumber(), problem.strip());
        } finally {
            close(xml);
        }
    }

    private static void visit(XMLStreamReader xml, Visitor visitor) throws XMLStreamException {
        var name = xml.getLocalName();
        if (name.equals("author") && isWxr(xml.getNamespaceURI())) {
            var fields = fields(xml);
            visitor.author(new WxrAuthor(
                    fields.getOrDefault("author_login", ""), fields.getOrDefault("author_display_name", "")));
        } else if (name.equals("item")
                && (xml.getNamespaceURI() == null || xml.getNamespaceURI().isEmpty())) {
            visitor.item(item(xml));
        }
    }

    /** The root must be RSS declaring WordPress's export namespace; anything else is another kind of file. */
    private static void requireExport(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // the prolog: declaration, comments, a generator note
        }
        if (!xml.isStartElement() || !xml.getLocalName().equals("rss")) {
            var root = xml.isStartElement() ? "<" + xml.getLocalName() + ">" : "no element";
            throw new ExportUnreadable("This is not a WordPress export: its root is " + root + ", not <rss>.");
        }
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            if (isWxr(xml.getNamespaceURI(i))) {
                return;
            }
        }
        throw new ExportUnreadable(
                "This is an RSS feed, not a WordPress export: it declares no " + WXR + "1.x/ namespace.");
    }

    private static WxrItem item(XMLStreamReader xml) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        var fields = new LinkedHashMap<String, String>();
        var terms = new ArrayList<WxrItem.Term>();
        var meta = new LinkedHashMap<String, String>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            var name = xml.getLocalName();
            var ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (name.equals("category") && ns.isEmpty()) {
                var domain = attribute(xml, "domain");
                var nicename = attribute(xml, "nicename");
                terms.add(new WxrItem.Term(domain, nicename, text(xml)));
            } else if (name.equals("postmeta")) {
                var pair = fields(xml);
                meta.putIfAbsent(pair.getOrDefault("meta_key", ""), pair.getOrDefault("meta_value", ""));
            } else if (name.equals("encoded")) {
                fields.put(ns.equals(CONTENT) ? "content" : "excerpt", text(xml));
            } else {
                fields.putIfAbsent(name, text(xml));
            }
        }
        return new WxrItem(
                number(fields.get("post_id")),
                fields.getOrDefault("post_type", ""),
                fields.getOrDefault("status", ""),
                fields.getOrDefault("title", ""),
                fields.getOrDefault("link", ""),
                fields.getOrDefault("guid", ""),
                fields.getOrDefault("creator", ""),
                fields.getOrDefault("content", ""),
                fields.getOrDefault("excerpt", ""),
                fields.getOrDefault("post_name", ""),
                fields.getOrDefault("post_date", ""),
                fields.getOrDefault("post_date_gmt", ""),
                fields.getOrDefault("attachment_url", ""),
                List.copyOf(terms),
                Map.copyOf(meta),
                line);
    }

    /** The text of each child element by local name, for the flat records ({@code wp:author}, {@code wp:postmeta}). */
    private static Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException {
        var fields = new LinkedHashMap<String, String>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            var name = xml.getLocalName();
            fields.putIfAbsent(name, text(xml));
        }
        return fields;
    }

    /** The element's text and CDATA, nested elements (a comment's fields) skipped; leaves the reader on its end. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        var text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        text.append(xml.getText());
                    }
                }
                default -> {}
            }
        }
        return text.toString().strip();
    }

    private static String attribute(XMLStreamReader xml, String name) {
        var value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isWxr(String namespace) {
        return namespace != null && namespace.startsWith(WXR);
    }

    private static XMLInputFactory factory() {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // the stream itself is the caller's to close
            }
        }
    }
}

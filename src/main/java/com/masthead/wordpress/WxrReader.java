package com.masthead.wordpress;

import com.masthead.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export with the JDK's own StAX parser, configured so that nothing outside the file is ever
 * read and nothing is expanded: DTD support off, external entities off, and a resolver that refuses every
 * external resource; a {@code <!DOCTYPE>} is refused outright, before anything it declares could be used (XXE,
 * external DTDs, billion laughs). Limits: the file's size, the characters of any one text (a post's content), the
 * number of items. Every refusal is an {@link InvalidInputException} at the field {@code file} whose message key
 * says why (broken XML with its line and column). Not thread-safe; one instance per read.
 */
final class WxrReader {

    private static final String WP_NAMESPACE = "http://wordpress.org/export/";
    private static final String CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/";
    private static final String EXCERPT_NAMESPACE = "http://wordpress.org/export/1.2/excerpt/";

    private final WxrLimits limits;
    private XMLStreamReader xml;

    WxrReader(WxrLimits limits) {
        this.limits = limits;
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never read: " + systemId);
        });
        return factory;
    }

    Wxr.Export read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw refused("wordpress.wxr.too-large", size >> 20, limits.maxFileBytes() >> 20);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    Wxr.Export read(InputStream in) {
        try {
            xml = factory().createXMLStreamReader(in);
            try {
                return readDocument();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            if (at == null) {
                throw refused("wordpress.wxr.broken", 0, 0, message(e));
            }
            throw refused("wordpress.wxr.broken", at.getLineNumber(), at.getColumnNumber(), message(e));
        }
    }

    private static String message(XMLStreamException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        // the JDK's message starts with "ParseError at [row,col]:[3,5]\nMessage: "
        int cut = text.indexOf("Message: ");
        text = cut >= 0 ? text.substring(cut + "Message: ".length()) : text;
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private Wxr.Export readDocument() throws XMLStreamException {
        String version = null;
        String siteUrl = null;
        boolean root = true;
        List<Wxr.Author> authors = new ArrayList<>();
        List<Wxr.Term> categories = new ArrayList<>();
        List<Wxr.Term> tags = new ArrayList<>();
        List<Wxr.Item> items = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw refused("wordpress.wxr.dtd");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (root) {
                if (!name.equals("rss")) {
                    throw refused("wordpress.wxr.not-wxr");
                }
                root = false;
                continue;
            }
            if (isWp() && name.equals("wxr_version")) {
                version = text();
            } else if (isWp() && name.equals("base_site_url") && siteUrl == null) {
                siteUrl = text();
            } else if (isWp() && name.equals("author")) {
                var fields = new Fields(this);
                authors.add(new Wxr.Author(fields.get("author_login"), fields.get("author_display_name")));
            } else if (isWp() && name.equals("category")) {
                var f = new Fields(this);
                categories.add(new Wxr.Term(
                        f.number("term_id"), f.get("category_nicename"), f.get("cat_name"), f.get("category_parent")));
            } else if (isWp() && name.equals("tag")) {
                var f = new Fields(this);
                tags.add(new Wxr.Term(f.number("term_id"), f.get("tag_slug"), f.get("tag_name"), null));
            } else if (name.equals("item") && xml.getNamespaceURI() == null) {
                if (version == null) {
                    throw refused("wordpress.wxr.not-wxr");
                }
                if (items.size() >= limits.maxItems()) {
                    throw refused("wordpress.wxr.too-many-items", limits.maxItems());
                }
                items.add(new WxrItemReader(this).read());
            }
        }
        if (root || version == null) {
            throw refused("wordpress.wxr.not-wxr");
        }
        return new Wxr.Export(siteUrl, authors, categories, tags, items);
    }

    XMLStreamReader xml() {
        return xml;
    }

    boolean isWp() {
        String ns = xml.getNamespaceURI();
        return ns != null && ns.startsWith(WP_NAMESPACE) && !ns.endsWith("/excerpt/");
    }

    boolean isContent() {
        return CONTENT_NAMESPACE.equals(xml.getNamespaceURI());
    }

    boolean isExcerpt() {
        String ns = xml.getNamespaceURI();
        return ns != null
                && (ns.equals(EXCERPT_NAMESPACE) || (ns.startsWith(WP_NAMESPACE) && ns.endsWith("/excerpt/")));
    }

    /**
     * The text of the element just started, up to its end; nested elements are skipped. Refused when longer than
     * the limit of one text.
     */
    String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        if (text.length() + xml.getTextLength() > limits.maxTextChars()) {
                            throw refused(
                                    "wordpress.wxr.text-too-long",
                                    xml.getLocation().getLineNumber(),
                                    limits.maxTextChars());
                        }
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD -> throw refused("wordpress.wxr.dtd");
                default -> {}
            }
        }
        return text.toString().strip();
    }

    static InvalidInputException refused(String key, Object... arguments) {
        return new InvalidInputException("file", key, arguments);
    }
}

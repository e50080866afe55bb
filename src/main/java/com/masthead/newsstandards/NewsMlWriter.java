package com.masthead.newsstandards;

import com.masthead.newsstandards.NewsDocument.Credit;
import com.masthead.newsstandards.NewsDocument.Original;
import com.masthead.newsstandards.NewsDocument.Rendition;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link NewsDocument} as a NewsML-G2 2.x {@code newsItem} with StAX, elements in the order the schema's
 * sequences demand. Scheme aliases Masthead needs beyond the IPTC catalog ({@code mhrole}, {@code mhpage},
 * {@code mhsubj}) are declared in the item's own {@code catalog}. The body is the sanitized HTML in an {@code
 * inlineData} of content type {@code text/html} (it is HTML, not XHTML, so it is not claimed to be XML). The
 * mapping is the table in {@code docs/news-standards.md}; {@link NewsMlReader} reads the same shape back.
 */
@Component
class NewsMlWriter {

    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    static final String STANDARD_VERSION = "2.33";
    static final String IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_39.xml";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    String write(NewsDocument d) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAR);
            xml.writeStartElement(NAR, "newsItem");
            xml.writeDefaultNamespace(NAR);
            xml.writeAttribute("guid", d.guid());
            xml.writeAttribute("version", String.valueOf(d.version()));
            xml.writeAttribute("standard", "NewsML-G2");
            xml.writeAttribute("standardversion", STANDARD_VERSION);
            xml.writeAttribute("conformance", "power");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", d.language());
            empty(xml, "catalogRef", "href", IPTC_CATALOG);
            catalog(xml, d);
            rightsInfo(xml, d);
            itemMeta(xml, d);
            contentMeta(xml, d);
            xml.writeStartElement(NAR, "contentSet");
            xml.writeStartElement(NAR, "inlineData");
            xml.writeAttribute("contenttype", "text/html");
            xml.writeCharacters(d.bodyHtml());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing a newsItem failed", e);
        }
        return out.toString();
    }

    private static void catalog(XMLStreamWriter xml, NewsDocument d) throws XMLStreamException {
        String base = d.guid().substring(0, d.guid().indexOf("/news/"));
        xml.writeStartElement(NAR, "catalog");
        for (String alias : new String[] {"mhrole", "mhpage", "mhsubj"}) {
            empty(xml, "scheme", "alias", alias, "uri", base + "/newsml/scheme/" + alias + "/");
        }
        xml.writeEndElement();
    }

    private static void rightsInfo(XMLStreamWriter xml, NewsDocument d) throws XMLStreamException {
        xml.writeStartElement(NAR, "rightsInfo");
        xml.writeStartElement(NAR, "copyrightHolder");
        element(xml, "name", d.rights().holder());
        xml.writeEndElement();
        element(xml, "copyrightNotice", d.rights().notice());
        element(xml, "usageTerms", d.rights().usageTerms());
        xml.writeEndElement();
    }

    private static void itemMeta(XMLStreamWriter xml, NewsDocument d) throws XMLStreamException {
        xml.writeStartElement(NAR, "itemMeta");
        empty(xml, "itemClass", "qcode", "ninat:text");
        xml.writeStartElement(NAR, "provider");
        element(xml, "name", d.provider());
        xml.writeEndElement();
        element(xml, "versionCreated", d.versionCreated().toString());
        element(xml, "firstCreated", d.firstCreated().toString());
        empty(xml, "pubStatus", "qcode", "stat:usable");
        if (d.series() != null) {
            xml.writeStartElement(NAR, "memberOf");
            xml.writeAttribute("literal", d.series().uri());
            element(xml, "name", d.series().name());
            xml.writeEndElement();
        }
        if (d.picture() != null) {
            for (Rendition r : d.picture().renditions()) {
                xml.writeStartElement(NAR, "link");
                xml.writeAttribute("rel", "irel:associatedWith");
                xml.writeAttribute("href", r.href());
                xml.writeAttribute("contenttype", r.contentType());
                xml.writeAttribute(
                        "title",
                        r.name()
                                + (d.picture().caption() == null
                                        ? ""
                                        : ": " + d.picture().caption()));
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    private static void contentMeta(XMLStreamWriter xml, NewsDocument d) throws XMLStreamException {
        xml.writeStartElement(NAR, "contentMeta");
        element(xml, "contentCreated", d.published().toString());
        Original original = d.rights().original();
        if (original != null && original.outlet() != null) {
            xml.writeStartElement(NAR, "infoSource");
            xml.writeAttribute("role", "mhrole:originalpublisher");
            if (original.url() != null) {
                xml.writeAttribute("uri", original.url());
            }
            element(xml, "name", original.outlet());
            xml.writeEndElement();
        }
        for (Credit credit : d.credits()) {
            xml.writeStartElement(NAR, "creator");
            xml.writeAttribute("role", "mhrole:" + credit.role());
            element(xml, "name", credit.name());
            xml.writeEndElement();
        }
        if (original != null && original.author() != null) {
            xml.writeStartElement(NAR, "contributor");
            xml.writeAttribute("role", "mhrole:originalauthor");
            element(xml, "name", original.author());
            xml.writeEndElement();
        }
        if (d.printPage() != null) {
            xml.writeStartElement(NAR, "altId");
            xml.writeAttribute("type", "mhpage:printpage");
            xml.writeCharacters(d.printPage());
            xml.writeEndElement();
        }
        empty(xml, "language", "tag", d.language());
        if (d.channel() != null) {
            xml.writeStartElement(NAR, "subject");
            xml.writeAttribute("type", "cpnat:abstract");
            xml.writeAttribute("qcode", "mhsubj:channel");
            xml.writeAttribute("uri", d.channel().uri());
            element(xml, "name", d.channel().name());
            xml.writeEndElement();
        }
        headline(xml, null, d.title());
        headline(xml, "mhrole:kicker", d.kicker());
        headline(xml, "mhrole:subtitle", d.subtitle());
        headline(xml, "mhrole:originaltitle", original == null ? null : original.title());
        if (!d.credits().isEmpty()) {
            element(
                    xml,
                    "by",
                    String.join("; ", d.credits().stream().map(Credit::printed).toList()));
        }
        if (d.picture() != null && d.picture().credit() != null) {
            element(xml, "creditline", d.picture().credit());
        }
        if (d.summary() != null && !d.summary().isBlank()) {
            xml.writeStartElement(NAR, "description");
            xml.writeAttribute("role", "drol:summary");
            xml.writeCharacters(d.summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void headline(XMLStreamWriter xml, String role, String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement(NAR, "headline");
        if (role != null) {
            xml.writeAttribute("role", role);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        xml.writeStartElement(NAR, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String name, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(NAR, name);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }
}

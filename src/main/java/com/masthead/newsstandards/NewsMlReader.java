package com.masthead.newsstandards;

import static com.masthead.newsstandards.NewsMlWriter.NAR;
import static com.masthead.newsstandards.WireText.either;
import static com.masthead.newsstandards.WireText.present;

import com.masthead.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a NewsML-G2 {@code newsItem} into a {@link WireItem}, through {@link SecureXml} (no DTD, no entities).
 * Required: {@code @guid}, a {@code headline}, a body in {@code contentSet} ({@code inlineXML} with an XHTML body,
 * or {@code inlineData} of HTML or plain text). The shape {@link NewsMlWriter} writes reads back to the same
 * reprint fields.
 */
@Component
class NewsMlReader {

    WireItem read(byte[] bytes) {
        Document document = SecureXml.parse(bytes);
        Element item = document.getDocumentElement();
        if (!NAR.equals(item.getNamespaceURI()) || !"newsItem".equals(item.getLocalName())) {
            throw WireItemProblem.malformed("the root element is not a NewsML-G2 newsItem");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String guid = present(item.getAttribute("guid"));
        WireText.require(guid, "guid", problems);
        Element meta = first(item, "contentMeta");
        List<Element> headlines = meta == null ? List.of() : children(meta, "headline");
        String headline = headline(headlines);
        WireText.require(headline, "headline", problems);
        String body = body(first(item, "contentSet"));
        WireText.require(body, "contentSet", problems);
        Integer version = WireText.version(item.getAttribute("version"), problems);
        WireText.refuseIfAny(problems);
        Element source = meta == null ? null : withRole(children(meta, "infoSource"), "mhrole:originalpublisher");
        Element rights = first(item, "rightsInfo");
        Element holder = rights == null ? null : first(rights, "copyrightHolder");
        Element author = meta == null ? null : withRole(children(meta, "contributor"), "mhrole:originalauthor");
        String url = WireText.webAddress(source == null ? null : source.getAttribute("uri"));
        return new WireItem(
                guid,
                version,
                headline,
                textWithRole(headlines, "mhrole:kicker"),
                either(textWithRole(headlines, "mhrole:subtitle"), textWithRole(headlines, "hdrole:sub")),
                meta == null
                        ? null
                        : either(
                                textWithRole(children(meta, "description"), "drol:summary"),
                                text(first(meta, "description"))),
                body,
                either(name(source), either(name(holder), meta == null ? null : name(first(meta, "infoSource")))),
                either(name(author), meta == null ? null : text(first(meta, "by"))),
                either(textWithRole(headlines, "mhrole:originaltitle"), headline),
                url != null ? url : WireText.webAddress(guid));
    }

    private static String headline(List<Element> headlines) {
        for (Element h : headlines) {
            String role = h.getAttribute("role");
            if (role.isEmpty() || role.endsWith(":main")) {
                return present(h.getTextContent());
            }
        }
        return null;
    }

    private static String body(Element contentSet) {
        if (contentSet == null) {
            return null;
        }
        Element xml = first(contentSet, "inlineXML");
        if (xml != null) {
            NodeList bodies = xml.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "body");
            Node root = bodies.getLength() > 0 ? bodies.item(0) : xml;
            return present(SecureXml.childrenAsText(root));
        }
        Element data = first(contentSet, "inlineData");
        if (data == null) {
            return null;
        }
        String text = present(data.getTextContent());
        if (text == null) {
            return null;
        }
        return data.getAttribute("contenttype").contains("html") ? text : WireText.paragraphs(text);
    }

    private static String name(Element party) {
        if (party == null) {
            return null;
        }
        return either(text(first(party, "name")), party.getAttribute("literal"));
    }

    private static String textWithRole(List<Element> elements, String role) {
        return text(withRole(elements, role));
    }

    private static Element withRole(List<Element> elements, String role) {
        return elements.stream()
                .filter(e -> role.equals(e.getAttribute("role")))
                .findFirst()
                .orElse(null);
    }

    private static String text(Element element) {
        return element == null ? null : present(element.getTextContent());
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAR.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}

package com.masthead.wordpress;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one {@code <item>}: its fields, terms, the featured picture's id among its meta, and its comments. */
final class WxrItemReader {

    private final WxrReader reader;
    private final XMLStreamReader xml;
    private final java.util.Map<String, String> fields = new java.util.HashMap<>();
    private final List<Wxr.ItemTerm> terms = new ArrayList<>();
    private final List<Wxr.Comment> comments = new ArrayList<>();
    private Long thumbnailId;
    private String content;
    private String excerpt;

    WxrItemReader(WxrReader reader) {
        this.reader = reader;
        this.xml = reader.xml();
    }

    Wxr.Item read() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw WxrReader.refused("wordpress.wxr.dtd");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                element();
            }
        }
        return new Wxr.Item(
                number("post_id"),
                orElse(fields.get("post_type"), "post"),
                orElse(fields.get("status"), "draft"),
                orElse(fields.get("title"), ""),
                fields.get("link"),
                fields.get("guid"),
                fields.get("post_name"),
                fields.get("creator"),
                content == null ? "" : content,
                excerpt,
                fields.get("post_date_gmt"),
                fields.get("post_date"),
                fields.get("pubDate"),
                number("post_parent"),
                fields.get("attachment_url"),
                thumbnailId,
                terms,
                comments);
    }

    private void element() throws XMLStreamException {
        String name = xml.getLocalName();
        if (reader.isContent() && name.equals("encoded")) {
            content = reader.text();
        } else if (reader.isExcerpt() && name.equals("encoded")) {
            excerpt = reader.text();
        } else if (name.equals("category") && xml.getNamespaceURI() == null) {
            String domain = xml.getAttributeValue(null, "domain");
            String slug = xml.getAttributeValue(null, "nicename");
            terms.add(new Wxr.ItemTerm(domain, slug, reader.text()));
        } else if (reader.isWp() && name.equals("postmeta")) {
            Fields meta = new Fields(reader);
            if ("_thumbnail_id".equals(meta.get("meta_key")) && meta.number("meta_value") > 0) {
                thumbnailId = meta.number("meta_value");
            }
        } else if (reader.isWp() && name.equals("comment")) {
            Fields c = new Fields(reader);
            comments.add(new Wxr.Comment(
                    c.number("comment_id"),
                    c.get("comment_author"),
                    c.get("comment_author_email"),
                    c.get("comment_author_IP"),
                    c.get("comment_date_gmt"),
                    c.get("comment_content"),
                    orElse(c.get("comment_approved"), "0"),
                    c.get("comment_type")));
        } else {
            String text = reader.text();
            fields.putIfAbsent(name, text.isEmpty() ? null : text);
        }
    }

    private long number(String name) {
        String value = fields.get(name);
        return value != null && value.matches("\\d{1,18}") ? Long.parseLong(value) : 0;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}

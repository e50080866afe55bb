package com.masthead.newsstandards;

import com.masthead.newsstandards.NewsDocument.Credit;
import com.masthead.newsstandards.NewsDocument.Picture;
import com.masthead.newsstandards.NewsDocument.Rendition;
import com.masthead.newsstandards.NewsDocument.Rights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a {@link NewsDocument} as an IPTC ninjs 2.1 document. Only properties of the 2.1 schema are used (it
 * allows no others at the top level); what ninjs has no property for goes where the guidelines put such things:
 * bylines and the original author in {@code people} with a {@code rel}, channel and series in {@code subjects}, the
 * print page and series part in {@code altids}, the original outlet in {@code infosources}. The mapping is the
 * table in {@code docs/news-standards.md}; {@link NinjsReader} reads the same shape back.
 */
@Component
class NinjsWriter {

    static final String SCHEMA = "https://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";

    private final ObjectMapper json;

    NinjsWriter(ObjectMapper json) {
        this.json = json;
    }

    String write(NewsDocument d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("uri", d.guid());
        item.put("standard", Map.of("name", "ninjs", "version", "2.1", "schema", SCHEMA));
        item.put("type", "text");
        item.put("representationtype", "full");
        item.put("version", String.valueOf(d.version()));
        item.put("firstcreated", d.firstCreated().toString());
        item.put("versioncreated", d.versionCreated().toString());
        item.put("contentcreated", d.published().toString());
        item.put("pubstatus", "usable");
        item.put("language", d.language());
        item.put("headlines", headlines(d));
        if (d.summary() != null && !d.summary().isBlank()) {
            item.put("descriptions", List.of(text("summary", "text/plain", d.summary())));
        }
        Map<String, Object> body = text("main", "text/html", d.bodyHtml());
        item.put("bodies", List.of(body));
        if (!d.credits().isEmpty()) {
            item.put(
                    "by",
                    String.join("; ", d.credits().stream().map(Credit::printed).toList()));
        }
        putList(item, "people", people(d));
        putList(item, "subjects", subjects(d));
        putList(item, "altids", altids(d));
        item.put("infosources", infosources(d));
        Rights rights = d.rights();
        item.put("copyrightholder", rights.holder());
        item.put("copyrightnotice", rights.notice());
        item.put("usageterms", rights.usageTerms());
        if (d.picture() != null) {
            item.put("associations", List.of(picture(d.picture())));
        }
        return json.writeValueAsString(item);
    }

    private static List<Map<String, Object>> headlines(NewsDocument d) {
        List<Map<String, Object>> headlines = new ArrayList<>();
        headlines.add(text("main", null, d.title()));
        if (d.kicker() != null && !d.kicker().isBlank()) {
            headlines.add(text("kicker", null, d.kicker()));
        }
        if (d.subtitle() != null && !d.subtitle().isBlank()) {
            headlines.add(text("sub", null, d.subtitle()));
        }
        if (d.rights().original() != null && d.rights().original().title() != null) {
            headlines.add(text("original", null, d.rights().original().title()));
        }
        return headlines;
    }

    private static List<Map<String, Object>> people(NewsDocument d) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (Credit credit : d.credits()) {
            people.add(named(credit.name(), "rel", credit.role()));
        }
        if (d.rights().original() != null && d.rights().original().author() != null) {
            people.add(named(d.rights().original().author(), "rel", "originalauthor"));
        }
        return people;
    }

    private static List<Map<String, Object>> subjects(NewsDocument d) {
        List<Map<String, Object>> subjects = new ArrayList<>();
        if (d.channel() != null) {
            Map<String, Object> channel = named(d.channel().name(), "rel", "channel");
            channel.put("uri", d.channel().uri());
            subjects.add(channel);
        }
        if (d.series() != null) {
            Map<String, Object> series = named(d.series().name(), "rel", "series");
            series.put("uri", d.series().uri());
            subjects.add(series);
        }
        return subjects;
    }

    private static List<Map<String, Object>> altids(NewsDocument d) {
        List<Map<String, Object>> altids = new ArrayList<>();
        if (d.printPage() != null) {
            altids.add(Map.of("role", "printpage", "value", d.printPage()));
        }
        if (d.series() != null && d.seriesPart() != null) {
            altids.add(Map.of("role", "seriespart", "value", String.valueOf(d.seriesPart())));
        }
        return altids;
    }

    private static List<Map<String, Object>> infosources(NewsDocument d) {
        List<Map<String, Object>> sources = new ArrayList<>();
        sources.add(named(d.provider(), "role", "publisher"));
        NewsDocument.Original original = d.rights().original();
        if (original != null && original.outlet() != null) {
            Map<String, Object> source = named(original.outlet(), "role", "originalpublisher");
            if (original.url() != null) {
                source.put("uri", original.url());
            }
            sources.add(source);
        }
        return sources;
    }

    private static Map<String, Object> picture(Picture p) {
        Map<String, Object> picture = new LinkedHashMap<>();
        picture.put("name", "leadpicture");
        picture.put("uri", p.uri());
        picture.put("type", "picture");
        List<Map<String, Object>> descriptions = new ArrayList<>();
        if (p.caption() != null && !p.caption().isBlank()) {
            descriptions.add(text("caption", "text/plain", p.caption()));
        }
        if (p.alt() != null && !p.alt().isBlank()) {
            descriptions.add(text("alternative", "text/plain", p.alt()));
        }
        putList(picture, "descriptions", descriptions);
        if (p.credit() != null && !p.credit().isBlank()) {
            picture.put("by", p.credit());
        }
        List<Map<String, Object>> renditions = new ArrayList<>();
        for (Rendition r : p.renditions()) {
            Map<String, Object> rendition = new LinkedHashMap<>();
            rendition.put("name", r.name());
            rendition.put("href", r.href());
            rendition.put("contenttype", r.contentType());
            rendition.put("width", r.width());
            rendition.put("height", r.height());
            renditions.add(rendition);
        }
        picture.put("renditions", renditions);
        return picture;
    }

    private static Map<String, Object> text(String role, String contentType, String value) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("role", role);
        if (contentType != null) {
            text.put("contenttype", contentType);
        }
        text.put("value", value);
        return text;
    }

    private static Map<String, Object> named(String name, String relKey, String rel) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("name", name);
        named.put(relKey, rel);
        return named;
    }

    private static void putList(Map<String, Object> item, String key, List<?> values) {
        if (!values.isEmpty()) {
            item.put(key, values);
        }
    }
}

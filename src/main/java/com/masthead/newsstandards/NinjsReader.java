package com.masthead.newsstandards;

import static com.masthead.newsstandards.WireText.either;
import static com.masthead.newsstandards.WireText.present;

import com.masthead.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a ninjs item (2.x, and the 1.x names {@code headline}, {@code body_html}, {@code body_text},
 * {@code description_text}) into a {@link WireItem}. Required: {@code uri}, a headline, a body; a missing one is
 * named in the refusal. The shape {@link NinjsWriter} writes reads back to the same reprint fields.
 */
@Component
class NinjsReader {

    private final ObjectMapper json;

    NinjsReader(ObjectMapper json) {
        this.json = json;
    }

    WireItem read(byte[] bytes) {
        JsonNode item;
        try {
            item = json.readTree(bytes);
        } catch (JacksonException e) {
            throw WireItemProblem.malformed(e.getOriginalMessage());
        }
        if (item == null || !item.isObject()) {
            throw WireItemProblem.malformed("not a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String guid = present(text(item, "uri"));
        WireText.require(guid, "uri", problems);
        String headline = either(byRole(item, "headlines", "main", true), text(item, "headline"));
        WireText.require(headline, "headlines", problems);
        String body = body(item);
        WireText.require(body, "bodies", problems);
        Integer version = WireText.version(text(item, "version"), problems);
        WireText.refuseIfAny(problems);
        JsonNode original = withKey(item.path("infosources"), "role", "originalpublisher");
        String outlet = either(
                original == null ? null : text(original, "name"),
                either(text(item, "copyrightholder"), firstName(item.path("infosources"))));
        String url = WireText.webAddress(original == null ? null : text(original, "uri"));
        JsonNode author = withKey(item.path("people"), "rel", "originalauthor");
        return new WireItem(
                guid,
                version,
                headline,
                byRole(item, "headlines", "kicker", false),
                byRole(item, "headlines", "sub", false),
                either(byRole(item, "descriptions", "summary", true), text(item, "description_text")),
                body,
                outlet,
                either(author == null ? null : text(author, "name"), text(item, "by")),
                either(byRole(item, "headlines", "original", false), headline),
                url != null ? url : WireText.webAddress(guid));
    }

    private static String body(JsonNode item) {
        JsonNode bodies = item.path("bodies");
        String plain = null;
        for (JsonNode body : bodies) {
            String type = text(body, "contenttype");
            String value = present(text(body, "value"));
            if (value != null && (type == null || type.contains("html"))) {
                return value;
            }
            plain = plain == null ? value : plain;
        }
        String html = present(text(item, "body_html"));
        if (html != null) {
            return html;
        }
        plain = either(plain, text(item, "body_text"));
        return plain == null ? null : WireText.paragraphs(plain);
    }

    /** The value of the entry with this role; with {@code orUnnamed}, else the first entry without a role. */
    private static String byRole(JsonNode item, String list, String role, boolean orUnnamed) {
        String unnamed = null;
        for (JsonNode entry : item.path(list)) {
            String entryRole = text(entry, "role");
            if (role.equals(entryRole)) {
                return present(text(entry, "value"));
            }
            if (orUnnamed && entryRole == null && unnamed == null) {
                unnamed = present(text(entry, "value"));
            }
        }
        return unnamed;
    }

    private static JsonNode withKey(JsonNode list, String key, String value) {
        for (JsonNode entry : list) {
            if (value.equals(text(entry, key))) {
                return entry;
            }
        }
        return null;
    }

    private static String firstName(JsonNode list) {
        for (JsonNode entry : list) {
            if (!"publisher".equals(text(entry, "role")) && present(text(entry, "name")) != null) {
                return text(entry, "name");
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }
}

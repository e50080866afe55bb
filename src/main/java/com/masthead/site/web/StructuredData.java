package com.masthead.site.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JSON-LD documents, serialised safely for an inline {@code <script type="application/ld+json">}. */
public final class StructuredData {

    public static final String CONTEXT = "https://schema.org";

    private StructuredData() {}

    /** A BreadcrumbList of the crumbs, with absolute URLs. */
    public static String breadcrumbList(List<Crumb> crumbs, String baseUrl) {
        List<Map<String, Object>> items = new ArrayList<>();
        int position = 1;
        for (Crumb crumb : crumbs) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", position++);
            item.put("name", crumb.label());
            item.put("item", absolute(baseUrl, crumb.url()));
            items.add(item);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", CONTEXT);
        list.put("@type", "BreadcrumbList");
        list.put("itemListElement", items);
        return json(list);
    }

    public static String absolute(String baseUrl, String path) {
        return path == null || path.startsWith("http://") || path.startsWith("https://") ? path : baseUrl + path;
    }

    /**
     * JSON with {@code <}, {@code >} and {@code &} as unicode escapes, so no value can close the script element or
     * open a comment.
     */
    public static String json(Map<String, Object> value) {
        return JsonMapper.shared()
                .writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}

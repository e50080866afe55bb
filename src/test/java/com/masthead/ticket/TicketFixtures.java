package com.masthead.ticket;

import com.masthead.support.ContentFixtures;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Valid form contents to start from (tests change one thing at a time) and small files of each kind. */
public final class TicketFixtures {

    private TicketFixtures() {}

    public static String uniqueEmail() {
        return ContentFixtures.unique("reader") + "@example.org";
    }

    public static Map<String, String> correctionForm(String article, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "张晓明");
        fields.put("organization", "海川市第一中学");
        fields.put("phone", "0571-8765 4321");
        fields.put("email", email);
        fields.put("article", article);
        fields.put("problem", "第二段写的竣工日期是2025年，实际是2024年底。\n见市住建局公告。");
        fields.put("requestedChange", "把“2025年”改为“2024年12月”。");
        fields.put("website", "");
        return fields;
    }

    public static Map<String, String> reprintForm(String articles, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("outlet", "海川晚报");
        fields.put("contactName", "李编辑");
        fields.put("phone", "13800138000");
        fields.put("email", email);
        fields.put("articles", articles);
        fields.put("medium", "NEWSPAPER");
        fields.put("intendedUse", "拟于下周二第5版全文转载，注明来源和作者。");
        fields.put("website", "");
        return fields;
    }

    public static Map<String, String> with(Map<String, String> fields, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(field, value);
        return changed;
    }

    /** A tiny but well-formed PDF. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                        + "trailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A 1×1 PNG. */
    public static byte[] png() {
        return java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    /** HTML with a script, however it is declared. */
    public static byte[] html() {
        return "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    }
}

package com.masthead.wordpress;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an import did, kept with it: counts per kind ({@code articles.published}, {@code articles.drafts},
 * {@code channels.created}, {@code channels.matched}, {@code tags}, {@code bylines}, {@code images},
 * {@code comments}, {@code redirects}, {@code skipped}), what went where (each post to its article, each category
 * to its channel, each attachment to its picture), and what was skipped and why (a message key and the detail).
 */
public record ImportReport(Map<String, Integer> counts, List<Mapped> mapped, List<Skipped> skipped) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ImportReport {
        counts = Map.copyOf(counts);
        mapped = List.copyOf(mapped);
        skipped = List.copyOf(skipped);
    }

    /** One thing of the export and where it went: {@code kind} post, page, category, attachment, author. */
    public record Mapped(String kind, String from, String to) {}

    /** One thing left out: {@code reason} is a message key ({@code wordpress.skip.*}), {@code detail} its argument. */
    public record Skipped(String kind, String from, String reason, String detail) {}

    public int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static ImportReport fromJson(String json) {
        return JSON.readValue(json, ImportReport.class);
    }
}

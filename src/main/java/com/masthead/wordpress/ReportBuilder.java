package com.masthead.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects an import's report as it goes. Not thread-safe. */
final class ReportBuilder {

    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<ImportReport.Mapped> mapped = new ArrayList<>();
    private final List<ImportReport.Skipped> skipped = new ArrayList<>();

    void count(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    void count(String kind, int n) {
        counts.merge(kind, n, Integer::sum);
    }

    void mapped(String kind, String from, String to) {
        mapped.add(new ImportReport.Mapped(kind, from, to));
    }

    void skipped(String kind, String from, String reason, String detail) {
        skipped.add(new ImportReport.Skipped(kind, from, "wordpress.skip." + reason, detail));
        count("skipped");
    }

    ImportReport build() {
        return new ImportReport(counts, mapped, skipped);
    }
}

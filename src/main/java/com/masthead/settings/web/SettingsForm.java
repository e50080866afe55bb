package com.masthead.settings.web;

import com.masthead.settings.SiteSettings;
import java.util.Arrays;
import java.util.List;

/** The site settings form as submitted, all text; the footer is one line per footer line. */
public record SettingsForm(
        String name,
        String tagline,
        String baseUrl,
        String timeZone,
        String originalStatement,
        String reprintStatement,
        String footerLines,
        String logoUrl,
        String version) {

    static SettingsForm of(SiteSettings s) {
        return new SettingsForm(
                s.name(),
                s.tagline(),
                s.baseUrl(),
                s.timeZone().getId(),
                s.originalStatement(),
                s.reprintStatement(),
                String.join("\n", s.footerLines()),
                s.logoUrl() == null ? "" : s.logoUrl(),
                String.valueOf(s.version()));
    }

    /** The footer's non-blank lines, trimmed. */
    List<String> footerLineList() {
        if (footerLines == null) {
            return List.of();
        }
        return Arrays.stream(footerLines.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}

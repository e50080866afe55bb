package com.masthead.settings;

import java.time.ZoneId;
import java.util.List;

/**
 * The site-wide settings every page needs.
 *
 * @param baseUrl absolute origin used for canonical links and feeds, without a trailing slash
 * @param originalStatement copyright statement under our own articles; {@code {site}} is replaced by the name
 * @param reprintStatement statement under reprinted articles; {@code {outlet}}, {@code {author}}, {@code {title}}
 *     are replaced by the original's outlet, author and title
 * @param footerLines lines of the page footer (ICP record number, address, contact)
 * @param version how many times the settings were saved (0 before the first save); an update must name it
 */
public record SiteSettings(
        String name,
        String tagline,
        String baseUrl,
        ZoneId timeZone,
        String originalStatement,
        String reprintStatement,
        List<String> footerLines,
        String logoUrl,
        int version) {

    public SiteSettings {
        footerLines = List.copyOf(footerLines);
    }

    public String originalStatementText() {
        return originalStatement.replace("{site}", name);
    }

    public String reprintStatementText(String outlet, String author, String title) {
        return reprintStatement
                .replace("{site}", name)
                .replace("{outlet}", nullToEmpty(outlet))
                .replace("{author}", nullToEmpty(author))
                .replace("{title}", nullToEmpty(title));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

package com.masthead.newsstandards;

import java.time.Instant;
import java.util.List;

/**
 * A published article as both news formats describe it: every value already absolute (URLs with the site's base
 * URL) and cleaned, so the writers only spell it. Nullable components are left out of the documents.
 *
 * @param guid the item's stable identifier: the article's public address, which never changes once published
 * @param version the live revision's number (a correction that goes live is a new version)
 * @param versionCreated when the live revision was saved
 * @param language {@code zh-CN} or {@code en} (see {@link NewsDocuments#languageOf})
 */
record NewsDocument(
        String guid,
        int version,
        Instant firstCreated,
        Instant versionCreated,
        Instant published,
        String language,
        String provider,
        String kicker,
        String title,
        String subtitle,
        String summary,
        String bodyHtml,
        List<Credit> credits,
        Subject channel,
        Subject series,
        Integer seriesPart,
        String printPage,
        Picture picture,
        Rights rights) {

    /** One byline: role as a lower-case word ({@code reporter}), name, and the line as printed. */
    record Credit(String role, String name, String printed) {}

    /** A channel or series: name and public URL. */
    record Subject(String name, String uri) {}

    record Picture(String uri, String caption, String credit, String alt, List<Rendition> renditions) {}

    record Rendition(String name, String href, String contentType, int width, int height) {}

    /**
     * {@code original} is set for reprints only; {@code holder} is the outlet that holds the copyright (ours, or the
     * original outlet), {@code notice} the statement shown under the article.
     */
    record Rights(String holder, String notice, String usageTerms, Original original) {}

    record Original(String outlet, String author, String title, String url) {}
}

package com.masthead.epaper;

/**
 * A clickable area (热区) of a print page: its polygon in PDF points, what it shows, its place in the page's
 * reading order, the article it opens (or {@code linkUrl} for an advertisement), where it came from, the matcher's
 * confidence (1 for areas an editor drew) and whether an editor accepted it; readers see accepted areas only.
 */
public record PageArea(
        long id,
        long pageId,
        AreaKind kind,
        Polygon polygon,
        int readingOrder,
        Long articleId,
        String linkUrl,
        AreaSource source,
        double confidence,
        boolean accepted,
        int version) {}

package com.masthead.epaper;

/** An area as the area editor, an intake or an import wants it stored. */
public record AreaDraft(
        AreaKind kind,
        Polygon polygon,
        int readingOrder,
        Long articleId,
        String linkUrl,
        AreaSource source,
        double confidence,
        boolean accepted) {}

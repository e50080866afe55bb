package com.masthead.newsstandards;

/**
 * A news item as taken in from a wire, whatever its format: what becomes a draft. Text is as delivered (the body is
 * sanitized when the draft is saved). Nullable unless said.
 *
 * @param guid the item's identifier (ninjs {@code uri}, NewsML-G2 {@code @guid}); never null
 * @param version the item's version, 1 when the item states none
 * @param headline the main headline; never null
 * @param bodyHtml the body as HTML (a plain-text body is turned into paragraphs); never null
 * @param outlet who published the original (infosource, or copyright holder)
 * @param author the original's author (the original-author person, or the byline)
 * @param originalTitle the original's title (an explicit original headline, else the headline)
 * @param url the original's address ({@code http(s)} only)
 */
record WireItem(
        String guid,
        int version,
        String headline,
        String kicker,
        String subheadline,
        String summary,
        String bodyHtml,
        String outlet,
        String author,
        String originalTitle,
        String url) {}

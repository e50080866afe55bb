/**
 * The public news site, rendered with jte from the read models of the content modules. Owns no data. Its
 * {@code web} package holds what every page shares (layout, error pages, formats, teasers, breadcrumbs, structured
 * data), and one sub-package per page family: {@code article} (article page and preview), {@code channel} (home,
 * channel, series and site-map pages), {@code paper} (print issues and pages), {@code comment} (reader comments),
 * {@code ticket} (correction and reprint requests and their public lists) and {@code search}.
 *
 * <p>Depends on article, channel, comment, correction, edition, epaper, media, pagecache, popularity, reprint, search,
 * series, settings, shared, system and ticket; nothing depends on it.
 */
@ApplicationModule(
        allowedDependencies = {
            "article",
            "channel",
            "comment",
            "correction",
            "edition",
            "epaper",
            "media",
            "pagecache",
            "popularity",
            "reprint",
            "search",
            "series",
            "settings",
            "shared",
            "system",
            "ticket"
        })
package com.masthead.site;

import org.springframework.modulith.ApplicationModule;

/**
 * The public news site: home, article, channel, series, print-issue and site-map pages, and the 404/410 pages,
 * rendered with jte from the read models of the content modules. Owns no data; depends on article, channel,
 * edition, series, media and settings, never the other way round.
 */
package com.masthead.site;

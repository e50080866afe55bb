/**
 * Most-read rankings (热点/排行) by day and by week. Article pages send a small beacon after they load, so page
 * caches keep serving the HTML; obvious bots are ignored, one client (address or IPv6 /64, held in memory for the
 * view window only) counts once per article and window, nothing about the visitor is stored, views are summed in
 * memory and written in batches to {@code article_view_day}, which this module owns.
 */
package com.masthead.popularity;

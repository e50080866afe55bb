/**
 * The page cache: anonymous GET pages kept in memory as ready-to-send bytes (plain and gzip), answered with
 * ETag/Last-Modified and 304s without touching templates or the database. Each cached page carries the tags of the
 * content it showed ({@link com.masthead.pagecache.PageTags}); domain events evict exactly the pages whose tags they
 * touch, and purge requests go out to configured reverse proxies or CDNs through a durable queue (table {@code purge_request})
 * that any instance works, with a dead-letter view for administrators ({@code /admin/purges}).
 */
@ApplicationModule(
        allowedDependencies = {
            "article",
            "backoffice",
            "channel",
            "comment",
            "correction",
            "edition",
            "epaper",
            "lexicon",
            "media",
            "popularity",
            "series",
            "settings",
            "shared",
            "staff"
        })
package com.masthead.pagecache;

import org.springframework.modulith.ApplicationModule;

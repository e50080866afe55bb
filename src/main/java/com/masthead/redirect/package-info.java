/**
 * Redirects (旧地址跳转): old addresses of a site Masthead replaced (WordPress permalinks, {@code ?p=ID} links,
 * attachment pages) that answer 301 with the new address. It owns the table {@code old_address}, normalises old
 * paths ({@link com.masthead.redirect.OldPaths}), looks them up only for requests no page answered (and for the
 * home page's query links), through a bounded cache that every instance empties when redirects are recorded, and
 * lists them for administrators ({@code /admin/redirects}).
 */
package com.masthead.redirect;

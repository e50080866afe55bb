/**
 * News standards in and out. Out: every published article as an IPTC ninjs 2.1 document and as a NewsML-G2
 * {@code newsItem} ({@code /api/v1/articles/{id}/ninjs}, {@code /newsml}). In: wire items in either format, from
 * {@code POST /api/v1/wire} or a watched folder, become drafts in the wire channel with their source and rights
 * mapped to the reprint fields; the table {@code wire_item} remembers each item's guid and version so a repeated
 * delivery creates nothing. The format mapping lives here, in one place for both directions; the article module
 * knows nothing of it ({@code docs/news-standards.md}).
 */
package com.masthead.newsstandards;

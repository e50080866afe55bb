package com.masthead.discovery;

import java.time.Instant;

/** One address in a sitemap; {@code lastModified} may be null. */
public record SitemapEntry(String path, Instant lastModified) {}

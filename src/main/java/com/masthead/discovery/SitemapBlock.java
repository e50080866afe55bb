package com.masthead.discovery;

import java.time.Instant;

/** A page of the article sitemap: published articles with ids in {@code [number × size, (number + 1) × size)}. */
public record SitemapBlock(long number, Instant lastModified) {}

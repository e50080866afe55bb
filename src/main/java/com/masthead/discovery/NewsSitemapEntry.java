package com.masthead.discovery;

import java.time.Instant;

/** One article of the Google News sitemap. */
public record NewsSitemapEntry(long id, String path, String title, Instant publishedAt) {}

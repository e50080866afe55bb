package com.masthead.article;

import java.time.Instant;

/** A published article as address lists (sitemaps, rankings) show it: its public path, title and times. */
public record PublishedArticle(long id, String title, String url, Instant publishedAt, Instant updatedAt) {}

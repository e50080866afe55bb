package com.masthead.article;

import java.time.Instant;

/**
 * Filters of the management list; every field is optional. {@code from}/{@code to} bound the publication time
 * (inclusive/exclusive); {@code issueId} keeps articles placed on any page of that print issue.
 */
public record ArticleFilter(Long channelId, ArticleStatus status, Instant from, Instant to, Long issueId) {}

package com.masthead.epaper;

import java.time.Instant;

/**
 * One change of an area: {@code action} is {@code created}, {@code changed}, {@code accepted} or {@code deleted},
 * {@code state} the area as it was after the change (before it, for a delete) as JSON.
 */
public record AreaRevision(
        long id, long areaId, long pageId, String action, String state, Long staffId, Instant createdAt) {}

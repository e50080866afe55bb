package com.masthead.newsstandards;

/**
 * What taking in one item did: {@code created} a draft, {@code updated} the draft with a newer version, or
 * nothing because the item's {@code duplicate} (same or older version) was taken in before.
 */
public record WireOutcome(String guid, int version, long articleId, Kind kind) {

    public enum Kind {
        CREATED,
        UPDATED,
        DUPLICATE
    }
}

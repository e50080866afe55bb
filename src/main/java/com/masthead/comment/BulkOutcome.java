package com.masthead.comment;

import java.util.List;

/**
 * What a bulk approve or reject did: the ids it changed, and the ids it left alone with why ({@code not-found},
 * {@code illegal-state} when the comment was already in the target state, {@code conflict} when another moderator
 * changed it at the same moment).
 */
public record BulkOutcome(List<Long> done, List<Skipped> skipped) {

    public BulkOutcome {
        done = List.copyOf(done);
        skipped = List.copyOf(skipped);
    }

    public record Skipped(long id, String code) {}
}

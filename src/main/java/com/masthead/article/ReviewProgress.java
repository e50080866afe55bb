package com.masthead.article;

import java.time.Instant;

/**
 * The review part of an article's stored row: where its working copy stands on the review ladder, which revisions
 * are the working and the live copy, when it is scheduled and why it was last sent back. Changed only by {@link
 * Article}'s transitions.
 */
final class ReviewProgress {
    ReviewState state;
    int workingRevision;
    int liveRevision;
    Instant scheduledAt;
    String sentBackReason;

    ReviewProgress(
            ReviewState state, int workingRevision, int liveRevision, Instant scheduledAt, String sentBackReason) {
        this.state = state;
        this.workingRevision = workingRevision;
        this.liveRevision = liveRevision;
        this.scheduledAt = scheduledAt;
        this.sentBackReason = sentBackReason;
    }
}

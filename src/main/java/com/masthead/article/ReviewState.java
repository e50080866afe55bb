package com.masthead.article;

/**
 * Where an article's working copy stands in the review. Independent of {@link ArticleStatus}, which says what
 * readers see: a published article under correction is PUBLISHED with a working copy in DRAFT, SUBMITTED, ….
 */
public enum ReviewState {
    /** Nothing pending: the working copy is what is live (or the article was never written for review). */
    NONE,
    /** Being written or corrected; may be submitted. */
    DRAFT,
    /** Submitted, waiting for the first level. */
    SUBMITTED,
    /** Passed level 1 (初审), waiting for level 2. */
    PASSED_1,
    /** Passed level 2 (复审), waiting for level 3. */
    PASSED_2,
    /** Passed the final level; may be published or scheduled. */
    APPROVED,
    /** Approved and waiting for its publication time. */
    SCHEDULED;

    /** The level a reviewer would sign next, or 0 when the article is not waiting for a review. */
    int awaitedLevel() {
        return switch (this) {
            case SUBMITTED -> 1;
            case PASSED_1 -> 2;
            case PASSED_2 -> 3;
            default -> 0;
        };
    }

    boolean inReview() {
        return awaitedLevel() > 0;
    }

    static ReviewState passed(int level) {
        return switch (level) {
            case 1 -> PASSED_1;
            case 2 -> PASSED_2;
            default -> throw new IllegalArgumentException("level " + level);
        };
    }
}

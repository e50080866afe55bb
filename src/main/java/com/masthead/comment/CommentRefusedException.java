package com.masthead.comment;

import java.time.Duration;

/**
 * A comment or report was refused for who or when rather than for what it says: the channel is closed, the client
 * is banned, a rate limit or the pending cap was hit. Thrown before anything is written. The site answers 403 for
 * CLOSED and BANNED, 429 with {@code Retry-After} for the others.
 */
public class CommentRefusedException extends RuntimeException {

    public enum Refusal {
        CLOSED,
        BANNED,
        RATE_LIMITED,
        TOO_MANY_PENDING
    }

    private final Refusal refusal;
    private final transient Duration retryAfter;

    public CommentRefusedException(Refusal refusal, Duration retryAfter) {
        super("comment refused: " + refusal);
        this.refusal = refusal;
        this.retryAfter = retryAfter;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** When trying again may succeed, whole seconds rounded up; null for CLOSED and BANNED. */
    public Long retryAfterSeconds() {
        if (retryAfter == null) {
            return null;
        }
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** The message key for readers. */
    public String messageKey() {
        return "comment.refused."
                + refusal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

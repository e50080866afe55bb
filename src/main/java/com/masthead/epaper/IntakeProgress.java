package com.masthead.epaper;

import java.time.Instant;
import java.util.List;

/**
 * An intake as the staff see it: its state, the step it is at ({@code inspect}, {@code split}, {@code render},
 * {@code extract}, {@code match}, then {@code done} or {@code failed}), how many of how many pages that step has
 * done, and for a failure the message key and its arguments (never a stack trace).
 */
public record IntakeProgress(
        long id,
        long issueId,
        IntakeState state,
        String step,
        int done,
        int total,
        String messageKey,
        List<String> messageArguments,
        String fileName,
        long fileBytes,
        Long startedBy,
        Instant createdAt,
        Instant updatedAt) {

    public IntakeProgress {
        messageArguments = messageArguments == null ? List.of() : List.copyOf(messageArguments);
    }

    /** Queued or running but not heard of since {@code before}: the instance running it stopped. */
    IntakeProgress interruptedIfSilentSince(Instant before) {
        if (state.finished() || !updatedAt.isBefore(before)) {
            return this;
        }
        return new IntakeProgress(
                id,
                issueId,
                IntakeState.FAILED,
                "failed",
                done,
                total,
                "epaper.intake.interrupted",
                List.of(),
                fileName,
                fileBytes,
                startedBy,
                createdAt,
                updatedAt);
    }
}

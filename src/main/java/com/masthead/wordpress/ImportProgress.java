package com.masthead.wordpress;

import java.time.Instant;
import java.util.List;

/**
 * An import as the staff see it: {@code state} queued, running, done or failed; {@code step} read, pictures,
 * articles, then done or failed; how many of how many that step has done; for a failure the message key and its
 * arguments (never a stack trace); once done, the report.
 */
public record ImportProgress(
        long id,
        String state,
        String step,
        int done,
        int total,
        String messageKey,
        List<String> messageArguments,
        String fileName,
        long fileBytes,
        String startedBy,
        ImportReport report,
        Instant createdAt,
        Instant updatedAt) {

    public ImportProgress {
        messageArguments = messageArguments == null ? List.of() : List.copyOf(messageArguments);
    }

    public boolean finished() {
        return state.equals("done") || state.equals("failed");
    }

    ImportProgress at(String step, int done, int total) {
        return new ImportProgress(
                id, "running", step, done, total, null, List.of(), fileName, fileBytes, startedBy, null, createdAt,
                updatedAt);
    }

    /** Queued or running but not heard of since {@code before}: the instance running it stopped. */
    ImportProgress interruptedIfSilentSince(Instant before) {
        if (finished() || !updatedAt.isBefore(before)) {
            return this;
        }
        return new ImportProgress(
                id,
                "failed",
                "failed",
                done,
                total,
                "wordpress.import.interrupted",
                List.of(),
                fileName,
                fileBytes,
                startedBy,
                null,
                createdAt,
                updatedAt);
    }
}

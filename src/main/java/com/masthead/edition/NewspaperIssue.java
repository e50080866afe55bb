package com.masthead.edition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One day's issue of a newspaper; {@code number} is the running issue number (总第…期), when known. An issue is
 * shown to readers once it is {@link IssueStatus#PUBLISHED} and its go-live instant (if any) has passed, so a
 * whole issue appears at once.
 */
public record NewspaperIssue(
        long id, long newspaperId, LocalDate date, Integer number, IssueStatus status, Instant goLiveAt, int version) {

    /** Whether readers may see this issue at {@code now}. */
    public boolean visibleAt(Instant now) {
        return status == IssueStatus.PUBLISHED && (goLiveAt == null || !goLiveAt.isAfter(now));
    }
}

package com.masthead.correction.web;

import com.masthead.correction.CorrectionRequest;
import com.masthead.correction.CorrectionStatus;
import com.masthead.ticket.TicketDeadlines;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the staff queue: enough to sort, triage and open a request. */
record CorrectionSummaryResponse(
        long id,
        String number,
        CorrectionStatus status,
        long articleId,
        String articleTitle,
        String requesterName,
        String organization,
        String assignee,
        LocalDate dueDate,
        boolean overdue,
        long ageHours,
        boolean hasAttachment,
        Instant createdAt) {

    static CorrectionSummaryResponse of(CorrectionRequest r, LocalDate today, Instant now) {
        return new CorrectionSummaryResponse(
                r.id(),
                r.number(),
                r.status(),
                r.articleId(),
                r.articleTitle(),
                r.requester().name(),
                r.requester().organization(),
                r.desk().assignee(),
                r.desk().dueDate(),
                r.desk().isOverdue(today),
                TicketDeadlines.ageHours(r.desk().createdAt(), now),
                r.attachment() != null,
                r.desk().createdAt());
    }
}

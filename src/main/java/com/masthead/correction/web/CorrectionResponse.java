package com.masthead.correction.web;

import com.masthead.correction.CorrectionRequest;
import com.masthead.correction.CorrectionStatus;
import com.masthead.ticket.TicketDeadlines;
import java.time.Instant;
import java.time.LocalDate;

/** A correction request for staff, every field the desk needs; {@code attachment} is null without one. */
record CorrectionResponse(
        long id,
        String number,
        CorrectionStatus status,
        long articleId,
        String articleTitle,
        String requesterName,
        String organization,
        String phone,
        String email,
        String problem,
        String requestedChange,
        Attachment attachment,
        String language,
        String assignee,
        LocalDate dueDate,
        boolean overdue,
        long ageHours,
        String note,
        String decisionReason,
        String decidedBy,
        Instant createdAt,
        Instant updatedAt,
        Instant decidedAt,
        Instant publishedAt,
        int version) {

    record Attachment(String type, String contentType, long size, String url) {}

    static CorrectionResponse of(CorrectionRequest r, LocalDate today, Instant now) {
        return new CorrectionResponse(
                r.id(),
                r.number(),
                r.status(),
                r.articleId(),
                r.articleTitle(),
                r.requester().name(),
                r.requester().organization(),
                r.requester().phone(),
                r.requester().email(),
                r.problem(),
                r.requestedChange(),
                r.attachment() == null
                        ? null
                        : new Attachment(
                                r.attachment().type().name(),
                                r.attachment().type().contentType(),
                                r.attachment().size(),
                                "/api/v1/corrections/" + r.id() + "/attachment"),
                r.language(),
                r.desk().assignee(),
                r.desk().dueDate(),
                r.desk().isOverdue(today),
                TicketDeadlines.ageHours(r.desk().createdAt(), now),
                r.note(),
                r.desk().decisionReason(),
                r.desk().decidedBy(),
                r.desk().createdAt(),
                r.desk().updatedAt(),
                r.desk().decidedAt(),
                r.publishedAt(),
                r.desk().version());
    }
}

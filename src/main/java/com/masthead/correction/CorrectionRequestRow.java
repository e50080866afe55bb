package com.masthead.correction;

import com.masthead.ticket.Contact;
import com.masthead.ticket.StoredAttachment;
import java.time.Instant;
import java.time.LocalDate;

/** A stored correction request as the repository reads it (and the test fixtures build it). */
record CorrectionRequestRow(
        long id,
        String number,
        long articleId,
        String articleTitle,
        CorrectionStatus status,
        Contact requester,
        String problem,
        String requestedChange,
        StoredAttachment attachment,
        String language,
        String assignee,
        LocalDate dueDate,
        String decisionReason,
        String note,
        String decidedBy,
        Instant createdAt,
        Instant updatedAt,
        Instant decidedAt,
        Instant publishedAt,
        int version) {}

package com.masthead.reprint;

import com.masthead.ticket.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored reprint request as the repository reads it. */
record ReprintRequestRow(
        long id,
        String number,
        ReprintStatus status,
        Contact contact,
        ReprintMedium medium,
        String intendedUse,
        List<ReprintArticle> articles,
        String language,
        String assignee,
        LocalDate dueDate,
        String decisionReason,
        String terms,
        LocalDate validFrom,
        LocalDate validUntil,
        String decidedBy,
        Instant createdAt,
        Instant updatedAt,
        Instant decidedAt,
        int version) {}

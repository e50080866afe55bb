package com.masthead.reprint.web;

import com.masthead.reprint.ReprintArticle;
import com.masthead.reprint.ReprintMedium;
import com.masthead.reprint.ReprintRequest;
import com.masthead.reprint.ReprintStatus;
import com.masthead.ticket.TicketDeadlines;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reprint-licence request for staff; {@code validNow} says whether a granted licence is in force today. */
record ReprintResponse(
        long id,
        String number,
        ReprintStatus status,
        String outlet,
        String contactName,
        String phone,
        String email,
        ReprintMedium medium,
        String intendedUse,
        List<ReprintArticle> articles,
        String language,
        String assignee,
        LocalDate dueDate,
        boolean overdue,
        long ageHours,
        String terms,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean validNow,
        String decisionReason,
        String decidedBy,
        Instant createdAt,
        Instant updatedAt,
        Instant decidedAt,
        int version) {

    static ReprintResponse of(ReprintRequest r, LocalDate today, Instant now) {
        return new ReprintResponse(
                r.id(),
                r.number(),
                r.status(),
                r.contact().organization(),
                r.contact().name(),
                r.contact().phone(),
                r.contact().email(),
                r.medium(),
                r.intendedUse(),
                r.articles(),
                r.language(),
                r.desk().assignee(),
                r.desk().dueDate(),
                r.desk().isOverdue(today),
                TicketDeadlines.ageHours(r.desk().createdAt(), now),
                r.terms(),
                r.validFrom(),
                r.validUntil(),
                r.isValidOn(today),
                r.desk().decisionReason(),
                r.desk().decidedBy(),
                r.desk().createdAt(),
                r.desk().updatedAt(),
                r.desk().decidedAt(),
                r.desk().version());
    }
}

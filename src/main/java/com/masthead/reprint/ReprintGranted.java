package com.masthead.reprint;

import com.masthead.shared.AuditedEvent;
import java.time.LocalDate;
import java.util.List;

/** The desk granted a reprint licence for the articles, valid from {@code validFrom} to {@code validUntil}. */
public record ReprintGranted(
        long ticketId,
        String ticketNumber,
        String outlet,
        List<Long> articleIds,
        LocalDate validFrom,
        LocalDate validUntil,
        String actor)
        implements AuditedEvent {

    public ReprintGranted {
        articleIds = List.copyOf(articleIds);
    }

    @Override
    public String auditAction() {
        return "reprint.granted";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "reprint:" + ticketNumber;
    }

    @Override
    public String auditDetail() {
        return "outlet=" + outlet + ", articles=" + articleIds + ", valid " + validFrom + ".." + validUntil;
    }
}

package com.masthead.audit;

import com.masthead.shared.DisplayText;
import com.masthead.shared.InvalidInputException;
import java.time.Instant;

/**
 * Which entries to list; every criterion is optional (null) and they combine with AND. {@code actor},
 * {@code subject} and {@code address} match exactly, {@code actionPrefix} matches the start of the action (e.g.
 * {@code auth.} or {@code article.publish}), {@code from} is inclusive and {@code to} exclusive.
 *
 * @throws InvalidInputException naming the field when a text is longer than its column or {@code to} is not after
 *     {@code from}
 */
public record AuditFilter(String actor, String actionPrefix, String subject, Instant from, Instant to, String address) {

    public AuditFilter {
        actor = checked("actor", actor, AuditDraft.MAX_ACTOR);
        actionPrefix = checked("action", actionPrefix, AuditDraft.MAX_ACTION);
        subject = checked("subject", subject, AuditDraft.MAX_SUBJECT);
        address = checked("address", address, AuditDraft.MAX_ADDRESS);
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "audit.filter.range");
        }
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static String checked(String field, String value, int max) {
        String text = DisplayText.blankToNull(value);
        if (text != null && text.codePointCount(0, text.length()) > max) {
            throw new InvalidInputException(field, "audit.filter.too-long", max);
        }
        return text;
    }
}

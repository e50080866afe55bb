package com.masthead.ticket;

import com.masthead.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The desk's bookkeeping on one ticket, the same for every kind: status, assignee, due date, the decision (who,
 * when, and the reason of a refusal), the last change and the version the ticket was loaded at. Immutable: each
 * transition checks status and input, throws {@link TicketTransitionException} or {@link InvalidInputException}
 * before anything changes, and returns the next record. The kind's aggregate decides which statuses a decision
 * leads from and to, and records its events.
 */
public record DeskRecord<S extends Enum<S> & TicketStatus>(
        S status,
        String assignee,
        LocalDate dueDate,
        String decisionReason,
        String decidedBy,
        Instant createdAt,
        Instant updatedAt,
        Instant decidedAt,
        int version) {

    public static final int REASON_MAX = 1000;
    public static final int ASSIGNEE_MAX = 60;

    public DeskRecord {
        Objects.requireNonNull(status);
    }

    /** Given to an editor (a staff login, cleaned); only while open. */
    public DeskRecord<S> assigned(String to, Instant now) {
        requireOpen("assign");
        TicketInput input = new TicketInput();
        String login = input.line("assignee", to, ASSIGNEE_MAX);
        input.throwIfInvalid();
        return new DeskRecord<>(status, login, dueDate, decisionReason, decidedBy, createdAt, now, decidedAt, version);
    }

    /** Due on another day; only while open. */
    public DeskRecord<S> rescheduled(LocalDate due, Instant now) {
        requireOpen("reschedule");
        if (due == null) {
            throw new InvalidInputException("dueDate", "ticket.field.required");
        }
        return new DeskRecord<>(status, assignee, due, decisionReason, decidedBy, createdAt, now, decidedAt, version);
    }

    /** Decided by {@code actor}: now in status {@code to}. The caller has checked the status it leads from. */
    public DeskRecord<S> decided(S to, String actor, Instant now) {
        return new DeskRecord<>(to, assignee, dueDate, decisionReason, actor, createdAt, now, now, version);
    }

    /** Refused with a reason (required, cleaned) for the requester: now in status {@code to}. */
    public DeskRecord<S> declined(S to, String reason, String actor, Instant now) {
        String text = requiredText("reason", reason, REASON_MAX);
        return new DeskRecord<>(to, assignee, dueDate, text, actor, createdAt, now, now, version);
    }

    /** Changed without a decision: in status {@code to} (may be the same) as of {@code now}. */
    public DeskRecord<S> moved(S to, Instant now) {
        return new DeskRecord<>(to, assignee, dueDate, decisionReason, decidedBy, createdAt, now, decidedAt, version);
    }

    /** @throws TicketTransitionException unless the ticket is open */
    public void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new TicketTransitionException(status, action);
        }
    }

    /** @throws TicketTransitionException unless the ticket is in status {@code expected} */
    public void require(S expected, String action) {
        if (status != expected) {
            throw new TicketTransitionException(status, action);
        }
    }

    /** Open and past its due date on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return TicketDeadlines.overdue(status.isOpen(), dueDate, today);
    }

    /** The text of a required free-text field, cleaned and at most {@code max} characters. */
    public static String requiredText(String field, String raw, int max) {
        TicketInput input = new TicketInput();
        String text = input.text(field, raw, max);
        input.throwIfInvalid();
        return text;
    }
}

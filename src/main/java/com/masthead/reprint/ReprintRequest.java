package com.masthead.reprint;

import com.masthead.shared.InvalidInputException;
import com.masthead.ticket.Contact;
import com.masthead.ticket.TicketDeadlines;
import com.masthead.ticket.TicketInput;
import com.masthead.ticket.TicketTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reprint-licence request and its state machine: {@code RECEIVED → GRANTED} or {@code RECEIVED → DECLINED};
 * assignment and due date may change while it is open. Transition methods check status and input, throw {@link
 * TicketTransitionException} or {@link InvalidInputException} before changing anything, and record the event to
 * publish once the change is saved. Not thread-safe: load, change and save it within one request.
 */
public final class ReprintRequest {

    public static final int TERMS_MAX = 2000;
    public static final int REASON_MAX = 1000;
    public static final int ASSIGNEE_MAX = 60;

    private final long id;
    private final String number;
    private final Contact contact;
    private final ReprintMedium medium;
    private final String intendedUse;
    private final List<ReprintArticle> articles;
    private final String language;
    private final Instant createdAt;
    private ReprintStatus status;
    private String assignee;
    private LocalDate dueDate;
    private String decisionReason;
    private String terms;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String decidedBy;
    private Instant updatedAt;
    private Instant decidedAt;
    private int version;
    private final List<Object> events = new ArrayList<>();

    ReprintRequest(ReprintRequestRow row) {
        this.id = row.id();
        this.number = row.number();
        this.contact = row.contact();
        this.medium = row.medium();
        this.intendedUse = row.intendedUse();
        this.articles = List.copyOf(row.articles());
        this.language = row.language();
        this.createdAt = row.createdAt();
        this.status = Objects.requireNonNull(row.status());
        this.assignee = row.assignee();
        this.dueDate = row.dueDate();
        this.decisionReason = row.decisionReason();
        this.terms = row.terms();
        this.validFrom = row.validFrom();
        this.validUntil = row.validUntil();
        this.decidedBy = row.decidedBy();
        this.updatedAt = row.updatedAt();
        this.decidedAt = row.decidedAt();
        this.version = row.version();
    }

    void assign(String to, String actor, Instant now) {
        requireOpen("assign");
        TicketInput input = new TicketInput();
        String login = input.line("assignee", to, ASSIGNEE_MAX);
        input.throwIfInvalid();
        assignee = login;
        updatedAt = now;
        events.add(new ReprintAssigned(id, number, login, actor));
    }

    void reschedule(LocalDate due, String actor, Instant now) {
        requireOpen("reschedule");
        if (due == null) {
            throw new InvalidInputException("dueDate", "ticket.field.required");
        }
        dueDate = due;
        updatedAt = now;
        events.add(new ReprintRescheduled(id, number, due, actor));
    }

    /**
     * Grants the licence on {@code licenceTerms} (attribution, fee, limits) for {@code from} to {@code until}
     * inclusive; {@code until} may not lie before {@code from} or before {@code today}. A request that names no
     * article (possible only for requests stored before such lists were refused) cannot be granted.
     */
    void grant(String licenceTerms, LocalDate from, LocalDate until, LocalDate today, String actor, Instant now) {
        requireOpen("grant");
        TicketInput input = new TicketInput();
        String text = input.text("terms", licenceTerms, TERMS_MAX);
        if (articles.isEmpty()) {
            input.problem("articles", "reprint.articles.none");
        }
        if (from == null) {
            input.problem("validFrom", "ticket.field.required");
        }
        if (until == null) {
            input.problem("validUntil", "ticket.field.required");
        } else if (from != null && until.isBefore(from)) {
            input.problem("validUntil", "reprint.valid-until.before-start");
        } else if (until.isBefore(today)) {
            input.problem("validUntil", "reprint.valid-until.past");
        }
        input.throwIfInvalid();
        status = ReprintStatus.GRANTED;
        terms = text;
        validFrom = from;
        validUntil = until;
        decidedBy = actor;
        decidedAt = now;
        updatedAt = now;
        events.add(new ReprintGranted(id, number, contact.organization(), articleIds(), validFrom, validUntil, actor));
    }

    void decline(String reason, String actor, Instant now) {
        requireOpen("decline");
        TicketInput input = new TicketInput();
        String text = input.text("reason", reason, REASON_MAX);
        input.throwIfInvalid();
        status = ReprintStatus.DECLINED;
        decisionReason = text;
        decidedBy = actor;
        decidedAt = now;
        updatedAt = now;
        events.add(new ReprintDeclined(id, number, text, actor));
    }

    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new TicketTransitionException(status, action);
        }
    }

    public boolean isOverdue(LocalDate today) {
        return TicketDeadlines.overdue(status.isOpen(), dueDate, today);
    }

    /** Granted and {@code day} within the validity period. */
    public boolean isValidOn(LocalDate day) {
        return status == ReprintStatus.GRANTED && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public List<Long> articleIds() {
        return articles.stream().map(ReprintArticle::articleId).toList();
    }

    public long id() {
        return id;
    }

    public String number() {
        return number;
    }

    /** The outlet ({@code organization}) and its contact person. */
    public Contact contact() {
        return contact;
    }

    public ReprintMedium medium() {
        return medium;
    }

    public String intendedUse() {
        return intendedUse;
    }

    public List<ReprintArticle> articles() {
        return articles;
    }

    public String language() {
        return language;
    }

    public ReprintStatus status() {
        return status;
    }

    public String assignee() {
        return assignee;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String decisionReason() {
        return decisionReason;
    }

    /** The licence terms; null unless granted. */
    public String terms() {
        return terms;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public int version() {
        return version;
    }
}

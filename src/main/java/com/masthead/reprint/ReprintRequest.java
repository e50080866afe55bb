package com.masthead.reprint;

import com.masthead.shared.InvalidInputException;
import com.masthead.ticket.Contact;
import com.masthead.ticket.DeskRecord;
import com.masthead.ticket.TicketAssigned;
import com.masthead.ticket.TicketInput;
import com.masthead.ticket.TicketRescheduled;
import com.masthead.ticket.TicketTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reprint-licence request and its state machine: {@code RECEIVED → GRANTED} or {@code RECEIVED → DECLINED};
 * assignment and due date may change while it is open. Transition methods check status and input, throw {@link
 * TicketTransitionException} or {@link InvalidInputException} before changing anything, and record the event to
 * publish once the change is saved. Not thread-safe: load, change and save it within one request.
 */
public final class ReprintRequest {

    public static final int TERMS_MAX = 2000;
    public static final int REASON_MAX = DeskRecord.REASON_MAX;
    public static final int ASSIGNEE_MAX = DeskRecord.ASSIGNEE_MAX;
    static final String KIND = "reprint";

    private final long id;
    private final String number;
    private final Contact contact;
    private final ReprintMedium medium;
    private final String intendedUse;
    private final List<ReprintArticle> articles;
    private final String language;
    private DeskRecord<ReprintStatus> desk;
    private String terms;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private final List<Object> events = new ArrayList<>();

    ReprintRequest(ReprintRequestRow row) {
        this.id = row.id();
        this.number = row.number();
        this.contact = row.contact();
        this.medium = row.medium();
        this.intendedUse = row.intendedUse();
        this.articles = List.copyOf(row.articles());
        this.language = row.language();
        this.desk = row.desk();
        this.terms = row.terms();
        this.validFrom = row.validFrom();
        this.validUntil = row.validUntil();
    }

    void assign(String to, String actor, Instant now) {
        desk = desk.assigned(to, now);
        events.add(new TicketAssigned(KIND, id, number, desk.assignee(), actor));
    }

    void reschedule(LocalDate due, String actor, Instant now) {
        desk = desk.rescheduled(due, now);
        events.add(new TicketRescheduled(KIND, id, number, due, actor));
    }

    /**
     * Grants the licence on {@code licenceTerms} (attribution, fee, limits) for {@code from} to {@code until}
     * inclusive; {@code until} may not lie before {@code from} or before {@code today}. A request that names no
     * article (possible only for requests stored before such lists were refused) cannot be granted.
     */
    void grant(String licenceTerms, LocalDate from, LocalDate until, LocalDate today, String actor, Instant now) {
        desk.requireOpen("grant");
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
        desk = desk.decided(ReprintStatus.GRANTED, actor, now);
        terms = text;
        validFrom = from;
        validUntil = until;
        events.add(new ReprintGranted(id, number, contact.organization(), articleIds(), validFrom, validUntil, actor));
    }

    void decline(String reason, String actor, Instant now) {
        desk.require(ReprintStatus.RECEIVED, "decline");
        desk = desk.declined(ReprintStatus.DECLINED, reason, actor, now);
        events.add(new ReprintDeclined(id, number, desk.decisionReason(), actor));
    }

    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** The desk's bookkeeping: status, assignee, due date, decision, last change and version. */
    public DeskRecord<ReprintStatus> desk() {
        return desk;
    }

    public ReprintStatus status() {
        return desk.status();
    }

    /** Granted and {@code day} within the validity period. */
    public boolean isValidOn(LocalDate day) {
        return desk.status() == ReprintStatus.GRANTED && !day.isBefore(validFrom) && !day.isAfter(validUntil);
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
}

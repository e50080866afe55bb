package com.masthead.correction;

import com.masthead.shared.InvalidInputException;
import com.masthead.ticket.Contact;
import com.masthead.ticket.StoredAttachment;
import com.masthead.ticket.TicketDeadlines;
import com.masthead.ticket.TicketInput;
import com.masthead.ticket.TicketTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A correction request and its state machine: {@code RECEIVED → ACCEPTED → PUBLISHED} or {@code RECEIVED →
 * DECLINED}; assignment and due date may change while it is open. Transition methods check status and input,
 * throw {@link TicketTransitionException} or {@link InvalidInputException} before changing anything, and record
 * the event to publish once the change is saved. Not thread-safe: load, change and save it within one request.
 */
public final class CorrectionRequest {

    public static final int NOTE_MAX = 2000;
    public static final int REASON_MAX = 1000;
    public static final int ASSIGNEE_MAX = 60;

    private final long id;
    private final String number;
    private final long articleId;
    private final String articleTitle;
    private final Contact requester;
    private final String problem;
    private final String requestedChange;
    private final StoredAttachment attachment;
    private final String language;
    private final Instant createdAt;
    private CorrectionStatus status;
    private String assignee;
    private LocalDate dueDate;
    private String decisionReason;
    private String note;
    private String decidedBy;
    private Instant updatedAt;
    private Instant decidedAt;
    private Instant publishedAt;
    private int version;
    private final List<Object> events = new ArrayList<>();

    CorrectionRequest(CorrectionRequestRow row) {
        this.id = row.id();
        this.number = row.number();
        this.articleId = row.articleId();
        this.articleTitle = row.articleTitle();
        this.requester = row.requester();
        this.problem = row.problem();
        this.requestedChange = row.requestedChange();
        this.attachment = row.attachment();
        this.language = row.language();
        this.createdAt = row.createdAt();
        this.status = Objects.requireNonNull(row.status());
        this.assignee = row.assignee();
        this.dueDate = row.dueDate();
        this.decisionReason = row.decisionReason();
        this.note = row.note();
        this.decidedBy = row.decidedBy();
        this.updatedAt = row.updatedAt();
        this.decidedAt = row.decidedAt();
        this.publishedAt = row.publishedAt();
        this.version = row.version();
    }

    /** Gives the request to an editor (a staff login); allowed while it is open. */
    void assign(String to, String actor, Instant now) {
        requireOpen("assign");
        TicketInput input = new TicketInput();
        String login = input.line("assignee", to, ASSIGNEE_MAX);
        input.throwIfInvalid();
        assignee = login;
        updatedAt = now;
        events.add(new CorrectionAssigned(id, number, login, actor));
    }

    /** Moves the due date; allowed while the request is open. */
    void reschedule(LocalDate due, String actor, Instant now) {
        requireOpen("reschedule");
        if (due == null) {
            throw new InvalidInputException("dueDate", "ticket.field.required");
        }
        dueDate = due;
        updatedAt = now;
        events.add(new CorrectionRescheduled(id, number, due, actor));
    }

    /**
     * Accepts the request with the correction note to publish later (what will be changed, in the newsroom's
     * words); the article workflow opens a working copy on {@link CorrectionAccepted}.
     */
    void accept(String correctionNote, String actor, Instant now) {
        if (status != CorrectionStatus.RECEIVED) {
            throw new TicketTransitionException(status, "accept");
        }
        String text = requiredText("note", correctionNote, NOTE_MAX);
        status = CorrectionStatus.ACCEPTED;
        note = text;
        decidedBy = actor;
        decidedAt = now;
        updatedAt = now;
        events.add(new CorrectionAccepted(id, number, articleId, text, actor));
    }

    /** Rewrites the correction note before it goes public. */
    void editNote(String correctionNote, String actor, Instant now) {
        if (status != CorrectionStatus.ACCEPTED) {
            throw new TicketTransitionException(status, "edit-note");
        }
        note = requiredText("note", correctionNote, NOTE_MAX);
        updatedAt = now;
        events.add(new CorrectionNoteEdited(id, number, articleId, note, actor));
    }

    /** Declines the request; the reason is sent to the reader. */
    void decline(String reason, String actor, Instant now) {
        if (status != CorrectionStatus.RECEIVED) {
            throw new TicketTransitionException(status, "decline");
        }
        decisionReason = requiredText("reason", reason, REASON_MAX);
        status = CorrectionStatus.DECLINED;
        decidedBy = actor;
        decidedAt = now;
        updatedAt = now;
        events.add(new CorrectionDeclined(id, number, articleId, decisionReason, actor));
    }

    /** The corrected version is live: the note becomes public, dated {@code now}. */
    void publish(Instant now) {
        if (status != CorrectionStatus.ACCEPTED) {
            throw new TicketTransitionException(status, "publish");
        }
        status = CorrectionStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
        events.add(new CorrectionPublished(id, number, articleId, now));
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

    private static String requiredText(String field, String raw, int max) {
        TicketInput input = new TicketInput();
        String text = input.text(field, raw, max);
        input.throwIfInvalid();
        return text;
    }

    public boolean isOverdue(LocalDate today) {
        return TicketDeadlines.overdue(status.isOpen(), dueDate, today);
    }

    public long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long articleId() {
        return articleId;
    }

    /** The article's title when the reader asked. */
    public String articleTitle() {
        return articleTitle;
    }

    public Contact requester() {
        return requester;
    }

    /** What is wrong, in the reader's words. */
    public String problem() {
        return problem;
    }

    /** The change the reader asks for. */
    public String requestedChange() {
        return requestedChange;
    }

    /** The reader's attachment, or null. */
    public StoredAttachment attachment() {
        return attachment;
    }

    /** The reader's language at submission ({@code zh-CN} or {@code en}): the language of mail to them. */
    public String language() {
        return language;
    }

    public CorrectionStatus status() {
        return status;
    }

    /** The editor's login, or null while unassigned. */
    public String assignee() {
        return assignee;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** Why it was declined; null unless declined. */
    public String decisionReason() {
        return decisionReason;
    }

    /** The correction note (更正说明); null until accepted, public once published. */
    public String note() {
        return note;
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

    /** When the note went public; null before. */
    public Instant publishedAt() {
        return publishedAt;
    }

    public int version() {
        return version;
    }
}

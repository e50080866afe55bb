package com.masthead.correction;

import com.masthead.shared.InvalidInputException;
import com.masthead.ticket.Contact;
import com.masthead.ticket.DeskRecord;
import com.masthead.ticket.StoredAttachment;
import com.masthead.ticket.TicketAssigned;
import com.masthead.ticket.TicketRescheduled;
import com.masthead.ticket.TicketTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A correction request and its state machine: {@code RECEIVED → ACCEPTED → PUBLISHED} or {@code RECEIVED →
 * DECLINED}; assignment and due date may change while it is open. Transition methods check status and input,
 * throw {@link TicketTransitionException} or {@link InvalidInputException} before changing anything, and record
 * the event to publish once the change is saved. Not thread-safe: load, change and save it within one request.
 */
public final class CorrectionRequest {

    public static final int NOTE_MAX = 2000;
    public static final int REASON_MAX = DeskRecord.REASON_MAX;
    public static final int ASSIGNEE_MAX = DeskRecord.ASSIGNEE_MAX;
    static final String KIND = "correction";

    private final long id;
    private final String number;
    private final long articleId;
    private final String articleTitle;
    private final Contact requester;
    private final String problem;
    private final String requestedChange;
    private final StoredAttachment attachment;
    private final String language;
    private DeskRecord<CorrectionStatus> desk;
    private String note;
    private Instant publishedAt;
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
        this.desk = row.desk();
        this.note = row.note();
        this.publishedAt = row.publishedAt();
    }

    /** Gives the request to an editor (a staff login); allowed while it is open. */
    void assign(String to, String actor, Instant now) {
        desk = desk.assigned(to, now);
        events.add(new TicketAssigned(KIND, id, number, desk.assignee(), actor));
    }

    /** Moves the due date; allowed while the request is open. */
    void reschedule(LocalDate due, String actor, Instant now) {
        desk = desk.rescheduled(due, now);
        events.add(new TicketRescheduled(KIND, id, number, due, actor));
    }

    /**
     * Accepts the request with the correction note to publish later (what will be changed, in the newsroom's
     * words); the article workflow opens a working copy on {@link CorrectionAccepted}.
     */
    void accept(String correctionNote, String actor, Instant now) {
        desk.require(CorrectionStatus.RECEIVED, "accept");
        String text = DeskRecord.requiredText("note", correctionNote, NOTE_MAX);
        desk = desk.decided(CorrectionStatus.ACCEPTED, actor, now);
        note = text;
        events.add(new CorrectionAccepted(id, number, articleId, text, actor));
    }

    /** Rewrites the correction note before it goes public. */
    void editNote(String correctionNote, String actor, Instant now) {
        desk.require(CorrectionStatus.ACCEPTED, "edit-note");
        note = DeskRecord.requiredText("note", correctionNote, NOTE_MAX);
        desk = desk.moved(CorrectionStatus.ACCEPTED, now);
        events.add(new CorrectionNoteEdited(id, number, articleId, note, actor));
    }

    /** Declines the request; the reason is sent to the reader. */
    void decline(String reason, String actor, Instant now) {
        desk.require(CorrectionStatus.RECEIVED, "decline");
        desk = desk.declined(CorrectionStatus.DECLINED, reason, actor, now);
        events.add(new CorrectionDeclined(id, number, articleId, desk.decisionReason(), actor));
    }

    /** The corrected version is live: the note becomes public, dated {@code now}. */
    void publish(Instant now) {
        desk.require(CorrectionStatus.ACCEPTED, "publish");
        desk = desk.moved(CorrectionStatus.PUBLISHED, now);
        publishedAt = now;
        events.add(new CorrectionPublished(id, number, articleId, now));
    }

    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** The desk's bookkeeping: status, assignee, due date, decision, last change and version. */
    public DeskRecord<CorrectionStatus> desk() {
        return desk;
    }

    public CorrectionStatus status() {
        return desk.status();
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

    /** The correction note (更正说明); null until accepted, public once published. */
    public String note() {
        return note;
    }

    /** When the note went public; null before. */
    public Instant publishedAt() {
        return publishedAt;
    }
}

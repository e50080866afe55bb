package com.masthead.comment;

import com.masthead.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reader's comment and its moderation state machine:
 *
 * <pre>
 * PENDING ──approve──▶ APPROVED ──report (by enough readers)──▶ PENDING (flagged)
 *    │                    │
 *    └──reject──▶ REJECTED ◀──reject──┘      REJECTED ──approve──▶ APPROVED (a moderator's second thought)
 * </pre>
 *
 * Transition methods check the current state, throw {@link CommentTransitionException} (leaving the comment
 * unchanged) on an illegal move, and record the event to publish once the change is saved. Not thread-safe: load,
 * change and save within one transaction; the repository refuses a stale version.
 */
public final class Comment {

    private final long id;
    private final long articleId;
    private final long channelId;
    private final String nickname;
    private final String text;
    private final String contact;
    private final String heldFor;
    private final String clientAddress;
    private final String clientFingerprint;
    private final Instant createdAt;
    private CommentState state;
    private boolean flagged;
    private int reportCount;
    private Instant decidedAt;
    private String decidedBy;
    private RejectReason rejectReason;
    private String rejectNote;
    private final int version;
    private final List<Object> events = new ArrayList<>();

    Comment(CommentRow row) {
        this.id = row.id();
        this.articleId = row.articleId();
        this.channelId = row.channelId();
        this.nickname = row.nickname();
        this.text = row.text();
        this.contact = row.contact();
        this.heldFor = row.heldFor();
        this.clientAddress = row.clientAddress();
        this.clientFingerprint = row.clientFingerprint();
        this.createdAt = row.createdAt();
        this.state = Objects.requireNonNull(row.state());
        this.flagged = row.flagged();
        this.reportCount = row.reportCount();
        this.decidedAt = row.decidedAt();
        this.decidedBy = row.decidedBy();
        this.rejectReason = row.rejectReason();
        this.rejectNote = row.rejectNote();
        this.version = row.version();
    }

    /** Makes the comment visible. Allowed from PENDING (also when reported) and REJECTED. */
    void approve(String actor, Instant now) {
        if (state == CommentState.APPROVED) {
            throw new CommentTransitionException(state, "approve");
        }
        state = CommentState.APPROVED;
        flagged = false;
        decide(actor, now);
        rejectReason = null;
        rejectNote = null;
        events.add(new CommentApproved(id, articleId, actor));
    }

    /** Refuses the comment, or takes an approved one down. A reason is required; the note is optional. */
    void reject(String actor, RejectReason reason, String note, Instant now) {
        if (state == CommentState.REJECTED) {
            throw new CommentTransitionException(state, "reject");
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "comment.reject.reason.required");
        }
        boolean wasVisible = state == CommentState.APPROVED;
        state = CommentState.REJECTED;
        flagged = false;
        decide(actor, now);
        rejectReason = reason;
        rejectNote = note == null || note.isBlank() ? null : note.strip();
        events.add(new CommentRejected(id, articleId, actor, reason, rejectNote == null ? "" : rejectNote, wasVisible));
    }

    /**
     * A reader's report of an approved comment: counted; once enough distinct readers have reported it, it is hidden
     * and goes back to the queue, flagged (one reader alone cannot hide what a moderator approved).
     */
    void report(ReaderReports reports) {
        if (state != CommentState.APPROVED) {
            throw new CommentTransitionException(state, "report");
        }
        reportCount++;
        if (reports.hide()) {
            state = CommentState.PENDING;
            flagged = true;
            events.add(new CommentReported(id, articleId));
        }
    }

    private void decide(String actor, Instant now) {
        decidedBy = Objects.requireNonNull(actor, "actor");
        decidedAt = now;
    }

    /** The events recorded since loading, in order; the caller publishes them after saving. */
    List<Object> events() {
        return List.copyOf(events);
    }

    CommentRow toRow() {
        return new CommentRow(
                id,
                articleId,
                channelId,
                nickname,
                text,
                contact,
                state,
                flagged,
                reportCount,
                heldFor,
                clientAddress,
                clientFingerprint,
                createdAt,
                decidedAt,
                decidedBy,
                rejectReason,
                rejectNote,
                version);
    }

    public long id() {
        return id;
    }

    public long articleId() {
        return articleId;
    }

    public long channelId() {
        return channelId;
    }

    public CommentState state() {
        return state;
    }

    public boolean flagged() {
        return flagged;
    }

    public int reportCount() {
        return reportCount;
    }

    public int version() {
        return version;
    }
}

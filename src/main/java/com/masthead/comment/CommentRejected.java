package com.masthead.comment;

import com.masthead.shared.AuditedEvent;

/**
 * A moderator rejected a comment. {@code wasVisible} says it had been approved before (taken down after the fact),
 * so pages showing it are stale. {@code note} may be empty, never null.
 */
public record CommentRejected(
        long commentId, long articleId, String actor, RejectReason reason, String note, boolean wasVisible)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "comment.rejected";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "comment:" + commentId;
    }

    @Override
    public String auditDetail() {
        return reason + (note.isEmpty() ? "" : ": " + note);
    }
}

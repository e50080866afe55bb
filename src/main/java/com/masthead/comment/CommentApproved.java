package com.masthead.comment;

import com.masthead.shared.AuditedEvent;

/** A moderator approved a comment: it is now visible on its article page and among the latest comments. */
public record CommentApproved(long commentId, long articleId, String actor) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "comment.approved";
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
        return "article:" + articleId;
    }
}

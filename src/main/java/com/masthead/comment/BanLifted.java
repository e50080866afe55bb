package com.masthead.comment;

import com.masthead.shared.AuditedEvent;

/** A moderator lifted a ban before it expired. */
public record BanLifted(long banId, String actor) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "comment.ban-lifted";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "comment-ban:" + banId;
    }

    @Override
    public String auditDetail() {
        return "";
    }
}

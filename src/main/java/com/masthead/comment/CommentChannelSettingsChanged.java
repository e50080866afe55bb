package com.masthead.comment;

import com.masthead.shared.AuditedEvent;

/**
 * An admin set a channel's moderation mode and link rule. Article pages of that channel and the channels below it
 * show the comment form (or not) accordingly, so they are stale.
 */
public record CommentChannelSettingsChanged(long channelId, ModerationMode mode, boolean linksAllowed, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "comment.channel-settings-changed";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "channel:" + channelId;
    }

    @Override
    public String auditDetail() {
        return mode + (linksAllowed ? ", links allowed" : ", no links");
    }
}

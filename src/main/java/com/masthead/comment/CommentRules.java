package com.masthead.comment;

/**
 * The comment rules in force for a channel: its own setting, else the nearest ancestor's, else pre-moderation
 * without links. {@code definedOn} is the channel whose setting applies, null for the default.
 */
public record CommentRules(ModerationMode mode, boolean linksAllowed, Long definedOn) {

    public static final CommentRules DEFAULT = new CommentRules(ModerationMode.PRE_MODERATION, false, null);

    public boolean open() {
        return mode != ModerationMode.CLOSED;
    }

    public boolean preModerated() {
        return mode == ModerationMode.PRE_MODERATION;
    }
}

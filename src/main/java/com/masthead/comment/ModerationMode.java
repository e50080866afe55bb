package com.masthead.comment;

/** How a channel takes comments. A channel without its own setting inherits its parent's; the root default is PRE. */
public enum ModerationMode {
    /** 先审后发: nothing appears until a moderator approves it. The default. */
    PRE_MODERATION,
    /** Comments appear at once and moderators remove what breaks the rules; screened ones still wait. */
    POST_MODERATION,
    /** No new comments; approved ones stay visible. */
    CLOSED
}

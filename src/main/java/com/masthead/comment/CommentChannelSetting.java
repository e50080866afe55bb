package com.masthead.comment;

import java.time.Instant;

/** A channel's own comment rules, as an admin set them. */
public record CommentChannelSetting(
        long channelId, ModerationMode mode, boolean linksAllowed, Instant updatedAt, String updatedBy) {}

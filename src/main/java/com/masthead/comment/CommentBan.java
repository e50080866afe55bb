package com.masthead.comment;

import java.time.Instant;

/** A ban on commenting: what it matches, why, who set it, until when, and whether it was lifted early. */
public record CommentBan(
        long id,
        BanKind kind,
        String value,
        String reason,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant liftedAt,
        String liftedBy) {}

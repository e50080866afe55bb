package com.masthead.comment;

import java.time.Instant;

/**
 * A comment as stored, every column. The moderation API shows it to staff (address and contact included); it never
 * reaches a public page, which gets {@link PublicComment}.
 */
public record CommentRow(
        long id,
        long articleId,
        long channelId,
        String nickname,
        String text,
        String contact,
        CommentState state,
        boolean flagged,
        int reportCount,
        String heldFor,
        String clientAddress,
        String clientFingerprint,
        Instant createdAt,
        Instant decidedAt,
        String decidedBy,
        RejectReason rejectReason,
        String rejectNote,
        int version) {}

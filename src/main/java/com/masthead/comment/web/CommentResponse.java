package com.masthead.comment.web;

import com.masthead.comment.CommentRow;
import com.masthead.comment.CommentState;
import com.masthead.comment.QueuedComment;
import com.masthead.comment.RejectReason;
import com.masthead.lexicon.ScreeningMatch;
import java.time.Instant;
import java.util.List;

/**
 * A comment as the moderation API shows it (staff only): everything a moderator needs to decide, including the
 * private contact, the client address and fingerprint (for bans), and the lexicon matches with their positions in
 * {@code text} for highlighting.
 */
record CommentResponse(
        long id,
        long articleId,
        String articleTitle,
        String articleUrl,
        long channelId,
        String nickname,
        String text,
        String contact,
        CommentState state,
        boolean flagged,
        int reportCount,
        String heldFor,
        List<ScreeningMatch> matches,
        String clientAddress,
        String clientFingerprint,
        Instant createdAt,
        Instant decidedAt,
        String decidedBy,
        RejectReason rejectReason,
        String rejectNote,
        int version) {

    static CommentResponse of(QueuedComment q) {
        CommentRow c = q.comment();
        return new CommentResponse(
                c.id(),
                c.articleId(),
                q.articleTitle(),
                q.articleUrl(),
                c.channelId(),
                c.nickname(),
                c.text(),
                c.contact(),
                c.state(),
                c.flagged(),
                c.reportCount(),
                c.heldFor(),
                q.matches(),
                c.clientAddress(),
                c.clientFingerprint(),
                c.createdAt(),
                c.decidedAt(),
                c.decidedBy(),
                c.rejectReason(),
                c.rejectNote(),
                c.version());
    }
}

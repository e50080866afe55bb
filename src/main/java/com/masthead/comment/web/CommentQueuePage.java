package com.masthead.comment.web;

import com.masthead.comment.CommentState;
import com.masthead.comment.RejectReason;
import com.masthead.shared.PageResult;
import java.util.List;

/**
 * The moderation queue page: the filter as given, one page of comments with their terms marked, the reasons a
 * moderator can pick, and a notice about the last bulk decision.
 */
public record CommentQueuePage(
        String state,
        String articleId,
        String channelId,
        boolean flagged,
        PageResult<Row> rows,
        List<RejectReason> reasons,
        String notice,
        String pageBase) {

    public List<String> states() {
        return List.of("PENDING", "APPROVED", "REJECTED", "ALL");
    }

    /** One comment in the queue. */
    public record Row(
            long id,
            String nickname,
            MarkedText text,
            String articleTitle,
            String articleUrl,
            CommentState state,
            boolean flagged,
            int reportCount,
            String heldFor,
            String clientAddress,
            String postedAt) {}
}

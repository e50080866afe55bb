package com.masthead.comment.web;

import com.masthead.comment.BanKind;
import com.masthead.comment.RejectReason;
import java.util.List;

/** One comment for a moderator: the row, its private fields, its history, and what can be done with it. */
public record CommentDetailPage(
        CommentQueuePage.Row comment,
        String contact,
        String fingerprint,
        String decidedBy,
        String rejectReason,
        List<HistoryLine> history,
        List<RejectReason> reasons,
        List<BanKind> banKinds,
        String notice,
        String error) {

    public record HistoryLine(String at, String action, String actor, String detail) {}
}

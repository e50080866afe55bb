package com.masthead.reprint.web;

import com.masthead.reprint.ReprintRequest;
import com.masthead.shared.PageResult;
import java.util.List;

/**
 * The staff queue of reprint-licence requests: one page of rows and the filter as applied (empty strings when
 * unset; {@code article} as typed, an id or an article address), with the link base the pager continues from.
 */
public record ReprintQueuePage(
        PageResult<Row> rows,
        String status,
        String assignee,
        String article,
        boolean overdue,
        List<String> statuses,
        String pageBase) {

    /** A request in the queue, its age in words, whether it is overdue and whether its licence is in force. */
    public record Row(ReprintRequest request, boolean overdue, String age, boolean validNow) {}
}

package com.masthead.reprint.web;

import com.masthead.reprint.ReprintRequest;
import com.masthead.reprint.ReprintStatus;
import com.masthead.shared.PageResult;
import com.masthead.ticket.DeskQueueFilter;

/**
 * The staff queue of reprint-licence requests: one page of rows and the filter as applied ({@code article} as
 * typed, an id or an article address; empty when unset), with the link base the pager continues from.
 */
public record ReprintQueuePage(
        PageResult<Row> rows, DeskQueueFilter<ReprintStatus> filter, String article, String pageBase) {

    /** A request in the queue, its age in words, whether it is overdue and whether its licence is in force. */
    public record Row(ReprintRequest request, boolean overdue, String age, boolean validNow) {}
}

package com.masthead.correction.web;

import com.masthead.correction.CorrectionRequest;
import com.masthead.correction.CorrectionStatus;
import com.masthead.shared.PageResult;
import com.masthead.ticket.DeskQueueFilter;

/**
 * The staff queue of correction requests: one page of rows and the filter as it was applied, with the link base
 * the pager continues from.
 */
public record CorrectionQueuePage(PageResult<Row> rows, DeskQueueFilter<CorrectionStatus> filter, String pageBase) {

    /** A request in the queue, its age in words and whether it is overdue. */
    public record Row(CorrectionRequest request, boolean overdue, String age) {}
}

package com.masthead.correction.web;

import com.masthead.correction.CorrectionRequest;
import com.masthead.shared.PageResult;
import java.util.List;

/**
 * The staff queue of correction requests: one page of rows and the filter as it was applied ({@code status} and
 * {@code assignee} empty when unset), with the link base the pager continues from.
 */
public record CorrectionQueuePage(
        PageResult<Row> rows, String status, String assignee, boolean overdue, List<String> statuses, String pageBase) {

    /** A request in the queue, its age in words and whether it is overdue. */
    public record Row(CorrectionRequest request, boolean overdue, String age) {}
}

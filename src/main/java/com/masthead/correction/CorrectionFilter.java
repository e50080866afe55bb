package com.masthead.correction;

/**
 * Which correction requests a staff list shows; every part is optional (null). {@code overdue} keeps only open
 * requests past their due date.
 */
public record CorrectionFilter(CorrectionStatus status, String assignee, Long articleId, Boolean overdue) {

    public static CorrectionFilter all() {
        return new CorrectionFilter(null, null, null, null);
    }
}

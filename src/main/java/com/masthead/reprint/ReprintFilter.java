package com.masthead.reprint;

/**
 * Which reprint requests a staff list shows; every part is optional (null). {@code articleId} keeps requests that
 * ask for that article; {@code overdue} keeps open requests past their due date.
 */
public record ReprintFilter(ReprintStatus status, String assignee, Long articleId, Boolean overdue) {

    public static ReprintFilter all() {
        return new ReprintFilter(null, null, null, null);
    }
}

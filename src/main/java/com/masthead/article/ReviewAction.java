package com.masthead.article;

/** The kinds of steps in an article's review history. */
public enum ReviewAction {
    SAVED,
    SUBMITTED,
    APPROVED,
    SENT_BACK,
    SCHEDULED,
    SCHEDULE_CANCELLED,
    PUBLISHED,
    UNPUBLISHED,
    RESTORED
}

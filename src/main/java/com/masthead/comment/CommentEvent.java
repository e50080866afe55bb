package com.masthead.comment;

import java.time.Instant;

/** One line of a comment's history: POSTED, APPROVED, REJECTED, REPORTED, by whom, when, with what detail. */
public record CommentEvent(String action, String actor, String detail, Instant at) {}

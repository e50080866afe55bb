package com.masthead.correction;

import java.time.Instant;

/** A public correction note (更正说明): which article, what was changed, and when the correction went live. */
public record CorrectionNote(String ticketNumber, long articleId, String text, Instant publishedAt) {}

package com.masthead.correction;

/** A reader asked for a correction of a published article; the ticket is saved. Not audited (no staff act). */
public record CorrectionRequested(long ticketId, String ticketNumber, long articleId) {}

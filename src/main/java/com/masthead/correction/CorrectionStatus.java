package com.masthead.correction;

import com.masthead.ticket.TicketStatus;

/** Where a correction request stands: {@code RECEIVED → ACCEPTED → PUBLISHED}, or {@code RECEIVED → DECLINED}. */
public enum CorrectionStatus implements TicketStatus {
    /** Waiting for the desk's decision. */
    RECEIVED,
    /** Accepted: the article is being corrected; the note is public once the corrected version is live. */
    ACCEPTED,
    /** Refused with a reason; final. */
    DECLINED,
    /** The corrected version is live and the correction note public; final. */
    PUBLISHED;

    /** Still needs work from the newsroom (counts for due dates). */
    @Override
    public boolean isOpen() {
        return this == RECEIVED || this == ACCEPTED;
    }
}

package com.masthead.reprint;

import com.masthead.ticket.TicketStatus;

/** Where a reprint-licence request stands: {@code RECEIVED → GRANTED} or {@code RECEIVED → DECLINED}. */
public enum ReprintStatus implements TicketStatus {
    /** Waiting for the desk's decision. */
    RECEIVED,
    /** Licence granted with terms and a validity period; final. */
    GRANTED,
    /** Refused with a reason; final. */
    DECLINED;

    @Override
    public boolean isOpen() {
        return this == RECEIVED;
    }
}

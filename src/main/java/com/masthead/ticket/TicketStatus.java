package com.masthead.ticket;

/** What the desk needs to know of any ticket kind's status enum: its name and whether the ticket is still open. */
public interface TicketStatus {

    String name();

    /** Still needs work from the newsroom: counts for due dates and allows assigning and rescheduling. */
    boolean isOpen();
}

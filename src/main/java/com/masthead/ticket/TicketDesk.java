package com.masthead.ticket;

import java.time.LocalDate;

/**
 * The desk transitions every ticket kind offers alike, each one transaction that publishes the kind's event and
 * returns the ticket as saved. Implemented by each kind's desk service.
 *
 * @param <T> the kind's aggregate
 */
public interface TicketDesk<T> {

    /** Gives the ticket to a staff login; only while open. */
    T assign(long id, String assignee, String actor);

    /** Moves the due date; only while open. */
    T reschedule(long id, LocalDate dueDate, String actor);

    /** Declines with a reason that is mailed to the requester. */
    T decline(long id, String reason, String actor);

    /** Today in the site time zone: the day due dates and overdue marks are reckoned in. */
    LocalDate today();
}

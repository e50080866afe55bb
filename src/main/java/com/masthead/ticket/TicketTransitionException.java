package com.masthead.ticket;

import com.masthead.shared.InvalidInputException;

/**
 * A ticket action that the ticket's current status does not allow (accepting a declined request, granting a
 * licence twice, …). Refused on the field {@code status} before anything changes.
 */
public class TicketTransitionException extends InvalidInputException {

    public TicketTransitionException(Enum<?> from, String action) {
        super("status", "ticket.transition.illegal", from.name(), action);
    }
}

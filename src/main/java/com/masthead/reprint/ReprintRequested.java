package com.masthead.reprint;

import java.util.List;

/** An outlet asked for a reprint licence for the listed articles; the ticket is saved. Not audited. */
public record ReprintRequested(long ticketId, String ticketNumber, List<Long> articleIds) {

    public ReprintRequested {
        articleIds = List.copyOf(articleIds);
    }
}

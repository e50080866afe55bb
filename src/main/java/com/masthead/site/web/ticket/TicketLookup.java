package com.masthead.site.web.ticket;

import com.masthead.site.web.Text;
import java.util.Optional;

/** One kind of public ticket as its confirmation and look-up pages need it: its kind and the look-up by number and e-mail. */
interface TicketLookup {

    TicketPages.Kind kind();

    /** The ticket with this number whose requester has this e-mail, as the reader may see it; empty when none. */
    Optional<TicketStatusPage.Result> find(String number, String email, Text t);
}

package com.masthead.reprint;

import com.masthead.ticket.TicketPostgresTest;

/** Reprint-licence requests over real HTTP on PostgreSQL. */
class ReprintPostgresIntegrationTests extends TicketPostgresTest implements ReprintContract {}

package com.masthead.reprint;

import com.masthead.ticket.TicketSqliteTest;

/** Reprint-licence requests over real HTTP on SQLite. */
class ReprintSqliteIntegrationTests extends TicketSqliteTest implements ReprintContract {}

package com.masthead.correction;

import com.masthead.ticket.TicketSqliteTest;

/** Correction requests over real HTTP on SQLite. */
class CorrectionSqliteIntegrationTests extends TicketSqliteTest implements CorrectionContract, CorrectionDeskContract {}

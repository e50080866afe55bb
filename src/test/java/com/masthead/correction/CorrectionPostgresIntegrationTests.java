package com.masthead.correction;

import com.masthead.ticket.TicketPostgresTest;

/** Correction requests over real HTTP on PostgreSQL. */
class CorrectionPostgresIntegrationTests extends TicketPostgresTest
        implements CorrectionContract, CorrectionDeskContract {}

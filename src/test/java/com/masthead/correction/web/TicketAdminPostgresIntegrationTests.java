package com.masthead.correction.web;

import com.masthead.ticket.TicketPostgresTest;

/** The ticket queues in the staff UI, over real HTTP on PostgreSQL. */
class TicketAdminPostgresIntegrationTests extends TicketPostgresTest implements TicketAdminContract {}

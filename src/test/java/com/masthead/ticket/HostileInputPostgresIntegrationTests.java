package com.masthead.ticket;

/** The public ticket forms against hostile input, over real HTTP on PostgreSQL. */
class HostileInputPostgresIntegrationTests extends TicketPostgresTest implements HostileInputContract {}

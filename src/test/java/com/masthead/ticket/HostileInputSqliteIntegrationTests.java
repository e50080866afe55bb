package com.masthead.ticket;

/** The public ticket forms against hostile input, over real HTTP on SQLite. */
class HostileInputSqliteIntegrationTests extends TicketSqliteTest implements HostileInputContract {}

package com.masthead.correction.web;

import com.masthead.ticket.TicketSqliteTest;

/** The ticket queues in the staff UI, over real HTTP on SQLite. */
class TicketAdminSqliteIntegrationTests extends TicketSqliteTest implements TicketAdminContract {}

package com.masthead.site.web.ticket;

/**
 * The confirmation after a ticket form: {@code kind} is {@code corrections} or {@code reprints} (message keys and
 * links), {@code number} the ticket number the reader needs to look the ticket up.
 */
public record TicketSubmittedPage(String kind, String number) {}

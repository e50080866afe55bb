package com.masthead.ticket;

/**
 * Where mail about a ticket goes: the requester's address and language ({@code zh-CN} or {@code en}), and the
 * ticket's kind ({@code correction}, {@code reprint}: the message-key prefix) and number (the mail's reference).
 */
public record TicketAddressee(String kind, String number, String email, String language) {}

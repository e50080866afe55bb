package com.masthead.ticket;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Mail settings of the ticket test contexts: the in-process SMTP server and known sender and desk addresses. */
public final class TicketTestProperties {

    /** The desk's address in the SQLite contexts; PostgreSQL's differs, as both send to the same SMTP server. */
    public static final String SQLITE_DESK = "desk-sqlite@masthead.test";

    public static final String POSTGRES_DESK = "desk-postgres@masthead.test";

    private TicketTestProperties() {}

    static void mail(DynamicPropertyRegistry registry, String desk) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MailServer::port);
        registry.add("masthead.mail.from", () -> "newsroom@masthead.test");
        registry.add("masthead.mail.desk-address", () -> desk);
        registry.add("masthead.mail.poll-interval", () -> "2s");
    }
}

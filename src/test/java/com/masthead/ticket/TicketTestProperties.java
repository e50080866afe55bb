package com.masthead.ticket;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Mail settings of the ticket test contexts: the in-process SMTP server and known sender and desk addresses. */
public final class TicketTestProperties {

    public static final String DESK = "desk@masthead.test";

    private TicketTestProperties() {}

    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MailServer::port);
        registry.add("masthead.mail.from", () -> "newsroom@masthead.test");
        registry.add("masthead.mail.desk-address", () -> DESK);
        registry.add("masthead.mail.poll-interval", () -> "2s");
    }
}

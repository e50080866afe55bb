package com.masthead.article.web;

import com.masthead.ticket.TicketPostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The setup checklist's test mail on PostgreSQL, sent to the in-process SMTP server. */
class SetupTestMailPostgresIntegrationTests extends TicketPostgresTest implements SetupTestMailContract {

    @Autowired
    MessageSource messages;

    @Override
    public MessageSource messages() {
        return messages;
    }
}

package com.masthead.article.web;

import com.masthead.ticket.TicketSqliteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The setup checklist's test mail on SQLite, sent to the in-process SMTP server. */
class SetupTestMailSqliteIntegrationTests extends TicketSqliteTest implements SetupTestMailContract {

    @Autowired
    MessageSource messages;

    @Override
    public MessageSource messages() {
        return messages;
    }
}

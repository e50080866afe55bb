package com.masthead.mail;

import com.masthead.ticket.TicketPostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The mail outbox on PostgreSQL, delivering to the in-process SMTP server. */
class MailOutboxPostgresIntegrationTests extends TicketPostgresTest implements MailOutboxContract {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailOutboxRepository repository;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Override
    public MailOutbox outbox() {
        return outbox;
    }

    @Override
    public MailOutboxRepository repository() {
        return repository;
    }

    @Override
    public TransactionTemplate transaction() {
        return new TransactionTemplate(transactionManager);
    }
}

package com.masthead.mail;

import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The way into the outbox. {@link #enqueue} writes the mail in the caller's transaction, so it is sent only if
 * that transaction commits; right after the commit the dispatcher is nudged to send it at once (the scheduled
 * run is the fallback). Thread-safe.
 */
@Service
public class MailOutbox {

    private final MailOutboxRepository outbox;
    private final MailDispatcher dispatcher;
    private final MailProperties properties;
    private final Clock clock;

    MailOutbox(MailOutboxRepository outbox, MailDispatcher dispatcher, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues a mail; must run inside the transaction of the change it reports. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        outbox.insert(mail, clock.millis());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.nudge();
            }
        });
    }

    /**
     * Writes the mail to the outbox and makes its one attempt now, in the caller's thread, through the same path as
     * queued mail (claim, SMTP, mark): for a test message an administrator waits for. Returns the mail as it then
     * stands: {@link MailStatus#SENT}, or {@link MailStatus#FAILED} with the server's error in {@code lastError}
     * (no retries follow); {@link MailStatus#PENDING} only if a scheduled run claimed it first, which then sends
     * it. Without an SMTP server the mail is only logged, as all mail is. Must not run inside a transaction.
     */
    public QueuedMail sendNow(OutgoingMail mail) {
        long id = outbox.insert(mail, clock.millis());
        dispatcher.sendNow(id);
        return outbox.find(id).orElseThrow();
    }

    /** Whether mail goes to an SMTP server ({@code spring.mail.host} set) rather than only to the log. */
    public boolean smtpConfigured() {
        return dispatcher.hasSmtpServer();
    }

    /** The newsroom desk's address ({@code masthead.mail.desk-address}), for notifications to staff. */
    public String deskAddress() {
        return properties.deskAddress();
    }

    /** The outbox for operators, newest first, optionally of one status. */
    public PageResult<QueuedMail> list(MailStatus status, PageRequest request) {
        return outbox.list(status, request);
    }

    /**
     * Gives a failed mail a fresh round of attempts.
     *
     * @throws NotFoundException when there is no failed mail with this id
     */
    @Transactional
    public QueuedMail retry(long id) {
        if (!outbox.requeue(id, clock.millis())) {
            throw new NotFoundException("failed-mail", id);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.nudge();
            }
        });
        return outbox.find(id).orElseThrow();
    }
}

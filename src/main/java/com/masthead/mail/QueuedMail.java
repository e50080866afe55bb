package com.masthead.mail;

import java.time.Instant;

/** A mail in the outbox, with its delivery state. {@code lastError} and {@code sentAt} may be null. */
public record QueuedMail(
        long id,
        String recipient,
        String subject,
        String body,
        String reference,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) {}

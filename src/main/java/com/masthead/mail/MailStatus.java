package com.masthead.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Handed to the SMTP server (or, without one, written to the log). */
    SENT,
    /** Given up after the last attempt or refused as malformed; kept with its last error. */
    FAILED
}

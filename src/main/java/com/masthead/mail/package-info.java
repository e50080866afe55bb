/**
 * Outgoing mail (邮件外发). Modules put mail into an outbox table inside their own transaction ({@link
 * com.masthead.mail.MailOutbox}); a scheduled dispatcher sends it over the configured SMTP server after commit,
 * retries failures with growing pauses, and records what failed for good. A rolled-back change therefore sends
 * nothing, and an SMTP outage never loses a mail. Without an SMTP host (the embedded demo) mail is written to the
 * log instead. Owns the {@code mail_outbox} table; publishes no events.
 */
package com.masthead.mail;

package com.masthead.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing mail settings ({@code masthead.mail.*}); the SMTP server itself is {@code spring.mail.host}, {@code
 * port}, {@code username}, {@code password} and {@code properties.*}.
 *
 * @param from sender address of every mail
 * @param deskAddress where notifications for the newsroom desk go (new correction and reprint requests)
 * @param pollInterval how often the dispatcher looks for mail that is due
 * @param maxAttempts sending attempts before a mail is marked failed for good
 * @param retryDelay pause after the first failed attempt; doubles after each further failure
 * @param batchSize mails sent per dispatcher run at most
 * @param maxPerHour mails sent per hour at most, from all instances together (they count the outbox's sent mail);
 *     what is over waits in the outbox for the next hour, nothing is lost
 */
@ConfigurationProperties("masthead.mail")
record MailProperties(
        String from,
        String deskAddress,
        Duration pollInterval,
        int maxAttempts,
        Duration retryDelay,
        int batchSize,
        int maxPerHour) {

    MailProperties {
        from = from == null || from.isBlank() ? "noreply@localhost" : from.strip();
        deskAddress = deskAddress == null || deskAddress.isBlank() ? "desk@localhost" : deskAddress.strip();
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        maxPerHour = maxPerHour <= 0 ? 200 : maxPerHour;
    }
}

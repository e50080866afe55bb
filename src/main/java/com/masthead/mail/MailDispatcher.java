package com.masthead.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the outbox: on a schedule ({@code masthead.mail.poll-interval}) and right after a change
 * queued mail. Each mail is claimed before its attempt (so two instances never send it together), sent as plain
 * UTF-8 text, and then marked sent; a failure is retried after {@code retry-delay}, doubled per attempt, until
 * {@code max-attempts}, then marked failed and logged as an error. A mail that cannot even be built (a malformed
 * address) fails at once. At most {@code max-per-hour} mails leave per hour; the rest wait. Without an SMTP
 * server ({@code spring.mail.host} unset) each mail's id, recipient and subject are logged instead (never its
 * body).
 * One drain runs at a time per instance.
 */
@Component
class MailDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    // How long an attempt may take before another dispatcher may try the same mail again.
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration HOUR = Duration.ofHours(1);

    private final MailOutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailProperties properties;
    private final Clock clock;
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-dispatcher");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean nudged = new AtomicBoolean();

    MailDispatcher(
            MailOutboxRepository outbox,
            ObjectProvider<JavaMailSender> senders,
            MailProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.senders = senders;
        this.properties = properties;
        this.clock = clock;
    }

    /** Asks for a drain soon, in the background; several nudges before it starts cause one drain. */
    void nudge() {
        if (nudged.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudged.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    log.warn("sending queued mail failed; the scheduled run will try again", e);
                }
            });
        }
    }

    @Scheduled(
            fixedDelayString = "#{@'masthead.mail-com.masthead.mail.MailProperties'.pollInterval()}",
            initialDelayString = "#{@'masthead.mail-com.masthead.mail.MailProperties'.pollInterval()}")
    void scheduled() {
        drain();
    }

    /**
     * Sends every mail that is due now, within what {@code max-per-hour} leaves of the last hour (counted over the
     * outbox, so over all instances); returns how many were sent. Mail over the cap stays due for a later run.
     */
    synchronized int drain() {
        int sent = 0;
        long now = clock.millis();
        long room = properties.maxPerHour() - outbox.sentSince(now - HOUR.toMillis());
        if (room <= 0) {
            log.warn("mail cap of {} per hour reached; queued mail waits in the outbox", properties.maxPerHour());
            return 0;
        }
        List<QueuedMail> due = outbox.due(now, (int) Math.min(properties.batchSize(), room));
        for (QueuedMail mail : due) {
            if (deliver(mail)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims one mail for an attempt and makes it; true when it was sent, false when it failed or was taken. */
    boolean deliver(QueuedMail mail) {
        if (!outbox.claim(mail.id(), mail.nextAttemptAt().toEpochMilli(), clock.millis() + LEASE.toMillis())) {
            return false;
        }
        return attempt(mail, mail.attempts() + 1);
    }

    /** Claims one mail and makes its only attempt: a failure marks it failed at once. */
    void sendNow(long id) {
        outbox.find(id)
                .filter(mail ->
                        outbox.claim(id, mail.nextAttemptAt().toEpochMilli(), clock.millis() + LEASE.toMillis()))
                .ifPresent(mail -> attempt(mail, Math.max(properties.maxAttempts(), mail.attempts() + 1)));
    }

    private boolean attempt(QueuedMail mail, int attempt) {
        JavaMailSender sender = senders.getIfAvailable();
        try {
            if (sender == null) {
                // Never the body: it may carry readers' phone numbers and addresses, and logs travel further.
                log.info(
                        "no SMTP host configured (spring.mail.host); mail {} not sent, only logged: to={} subject={}",
                        mail.id(),
                        mail.recipient(),
                        mail.subject());
            } else {
                sender.send(message(sender, mail));
            }
            outbox.markSent(mail.id(), clock.millis());
            return true;
        } catch (MailParseException | MailPreparationException e) {
            outbox.markFailed(mail.id(), describe(e));
            log.error("mail {} ({}) cannot be sent and was given up: {}", mail.id(), mail.reference(), describe(e));
        } catch (MailException e) {
            if (attempt >= properties.maxAttempts()) {
                outbox.markFailed(mail.id(), describe(e));
                log.error(
                        "mail {} ({}) to {} failed {} times and was given up: {}",
                        mail.id(),
                        mail.reference(),
                        mail.recipient(),
                        attempt,
                        describe(e));
            } else {
                long pause = properties.retryDelay().toMillis() << Math.min(attempt - 1, 16);
                outbox.markRetry(mail.id(), clock.millis() + pause, describe(e));
                log.warn(
                        "mail {} ({}) attempt {} failed, next in {} ms: {}",
                        mail.id(),
                        mail.reference(),
                        attempt,
                        pause,
                        describe(e));
            }
        }
        return false;
    }

    private MimeMessage message(JavaMailSender sender, QueuedMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            helper.setSentDate(java.util.Date.from(clock.instant()));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage();
        return root == e
                ? String.valueOf(message)
                : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    @Override
    public void destroy() {
        nudges.shutdownNow();
    }

    boolean hasSmtpServer() {
        return senders.getIfAvailable() != null;
    }
}

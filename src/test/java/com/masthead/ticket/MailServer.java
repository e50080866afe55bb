package com.masthead.ticket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server per test JVM (GreenMail, in process, on a free port of 127.0.0.1), started on first use and
 * stopped when the JVM exits. Tests tell their mails apart by unique recipient addresses.
 */
public final class MailServer {

    private static GreenMail server;

    private MailServer() {}

    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(MailServer::stop));
        }
        return server.getSmtp().getPort();
    }

    /** Every mail received so far for the address. */
    public static List<MimeMessage> to(String address) {
        port();
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipients(m).stream().anyMatch(address::equalsIgnoreCase))
                .toList();
    }

    /** Waits (up to 20 s) until a mail whose subject contains {@code subjectPart} reached the address. */
    public static MimeMessage await(String address, String subjectPart) {
        return awaitAll(address, subjectPart, 1).get(0);
    }

    /** Waits until {@code count} mails whose subject contains {@code subjectPart} reached the address. */
    public static List<MimeMessage> awaitAll(String address, String subjectPart, int count) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> matching(address, subjectPart).size() >= count);
        return matching(address, subjectPart);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<MimeMessage> matching(String address, String subjectPart) {
        return to(address).stream()
                .filter(m -> subject(m).contains(subjectPart))
                .toList();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null
                    ? List.of()
                    : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        server.stop();
    }
}

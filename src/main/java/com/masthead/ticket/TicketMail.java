package com.masthead.ticket;

import com.masthead.mail.MailOutbox;
import com.masthead.mail.OutgoingMail;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes ticket mail into the outbox, inside the transaction of the change: to the requester in the language they
 * used, to the desk in Chinese. Plain text only, so nothing a requester typed can act as markup in a mail client.
 * Message keys are {@code <kind>.mail.<what>.subject} and {@code .body}; every subject gets the site name and the
 * ticket number.
 */
@Component
public class TicketMail {

    public static final Locale DESK_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final SiteSettingsService settings;

    TicketMail(MailOutbox outbox, MessageSource messages, SiteSettingsService settings) {
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
    }

    /**
     * The receipt: a neutral one, since the address is not verified, so nothing the requester typed goes back out
     * in it; only the number, our article {@code titles}, the look-up link and the due date.
     */
    public void received(TicketAddressee to, String titles, LocalDate due) {
        SiteSettings site = site();
        toRequester(
                to,
                "received",
                to.number(),
                titles,
                site.name(),
                site.baseUrl() + "/" + to.kind() + "s/status",
                date(due));
    }

    /** Tells the requester ({@code name}) that the ticket about {@code titles} was declined, and why. */
    public void declined(TicketAddressee to, String name, String titles, String reason) {
        toRequester(to, "declined", name, to.number(), titles, reason, site().name());
    }

    /** Mail {@code <kind>.mail.<what>} to the requester, its body filled with {@code arguments}. */
    public void toRequester(TicketAddressee to, String what, String... arguments) {
        Locale language = Locale.forLanguageTag(to.language());
        String prefix = to.kind() + ".mail." + what;
        outbox.enqueue(new OutgoingMail(
                to.email(),
                text(prefix + ".subject", language, site().name(), to.number()),
                text(prefix + ".body", language, arguments),
                to.number()));
    }

    /** The desk's notice of a new ticket, in the desk's language. */
    public void toDesk(String number, String subject, String body) {
        outbox.enqueue(new OutgoingMail(outbox.deskAddress(), subject, body, number));
    }

    /** A message in the desk's language. */
    public String deskText(String key, String... arguments) {
        return text(key, DESK_LANGUAGE, arguments);
    }

    public SiteSettings site() {
        return settings.current();
    }

    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    private String text(String key, Locale language, String... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}

package com.masthead.reprint;

import com.masthead.mail.MailOutbox;
import com.masthead.mail.OutgoingMail;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsService;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the mail a reprint request causes into the outbox, inside the transaction of the change: to the outlet
 * in the language it used, to the desk in Chinese. Plain text only. The receipt to the (unverified) outlet address
 * carries the ticket number, our article titles and the look-up link only, never text the outlet typed.
 */
@Component
class ReprintMails {

    private static final Locale DESK_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final SiteSettingsService settings;

    ReprintMails(MailOutbox outbox, MessageSource messages, SiteSettingsService settings) {
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
    }

    void received(ReprintRequest r) {
        SiteSettings site = settings.current();
        Locale language = Locale.forLanguageTag(r.language());
        toOutlet(
                r,
                text("reprint.mail.received.subject", language, site.name(), r.number()),
                // A neutral receipt: the address is not verified, so nothing the outlet typed goes back out in it.
                text(
                        "reprint.mail.received.body",
                        language,
                        r.number(),
                        titles(r),
                        site.name(),
                        site.baseUrl() + "/reprints/status",
                        DATE.format(r.dueDate())));
        outbox.enqueue(new OutgoingMail(
                outbox.deskAddress(),
                text(
                        "reprint.mail.desk.subject",
                        DESK_LANGUAGE,
                        r.number(),
                        r.contact().organization()),
                text(
                        "reprint.mail.desk.body",
                        DESK_LANGUAGE,
                        r.number(),
                        r.contact().organization(),
                        r.contact().name(),
                        r.contact().phone(),
                        r.contact().email(),
                        text(r.medium().messageKey(), DESK_LANGUAGE),
                        r.intendedUse(),
                        titles(r),
                        DATE.format(r.dueDate()),
                        site.baseUrl() + "/admin/reprints/" + r.id()),
                r.number()));
    }

    void granted(ReprintRequest r) {
        SiteSettings site = settings.current();
        Locale language = Locale.forLanguageTag(r.language());
        toOutlet(
                r,
                text("reprint.mail.granted.subject", language, site.name(), r.number()),
                text(
                        "reprint.mail.granted.body",
                        language,
                        r.contact().name(),
                        r.number(),
                        titles(r),
                        r.terms(),
                        DATE.format(r.validFrom()),
                        DATE.format(r.validUntil()),
                        site.name()));
    }

    void declined(ReprintRequest r) {
        SiteSettings site = settings.current();
        Locale language = Locale.forLanguageTag(r.language());
        toOutlet(
                r,
                text("reprint.mail.declined.subject", language, site.name(), r.number()),
                text(
                        "reprint.mail.declined.body",
                        language,
                        r.contact().name(),
                        r.number(),
                        titles(r),
                        r.decisionReason(),
                        site.name()));
    }

    private static String titles(ReprintRequest r) {
        return r.articles().stream().map(a -> "- " + a.title()).collect(Collectors.joining("\n"));
    }

    private void toOutlet(ReprintRequest r, String subject, String body) {
        outbox.enqueue(new OutgoingMail(r.contact().email(), subject, body, r.number()));
    }

    private String text(String key, Locale language, String... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}

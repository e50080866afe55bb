package com.masthead.correction;

import com.masthead.mail.MailOutbox;
import com.masthead.mail.OutgoingMail;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.DisplayText;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the mail a correction request causes into the outbox, inside the transaction of the change: to the
 * reader in the language they used, to the desk in Chinese. Plain text only, so nothing a reader typed can act as
 * markup in a mail client. The receipt to the (unverified) reader address carries the ticket number, our article
 * title and the look-up link only, never the reader's own text, so the form cannot relay mail to third parties.
 */
@Component
class CorrectionMails {

    static final Locale DESK_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final int TITLE_IN_SUBJECT = 60;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final SiteSettingsService settings;

    CorrectionMails(MailOutbox outbox, MessageSource messages, SiteSettingsService settings) {
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
    }

    void received(CorrectionRequest r) {
        SiteSettings site = settings.current();
        Locale language = Locale.forLanguageTag(r.language());
        toReader(
                r,
                text("correction.mail.received.subject", language, site.name(), r.number()),
                // A neutral receipt: the address is not verified, so nothing the reader typed goes back out in it.
                text(
                        "correction.mail.received.body",
                        language,
                        r.number(),
                        r.articleTitle(),
                        site.name(),
                        site.baseUrl() + "/corrections/status",
                        DATE.format(r.dueDate())));
        outbox.enqueue(new OutgoingMail(
                outbox.deskAddress(),
                text(
                        "correction.mail.desk.subject",
                        DESK_LANGUAGE,
                        r.number(),
                        DisplayText.cut(r.articleTitle(), TITLE_IN_SUBJECT)),
                text(
                        "correction.mail.desk.body",
                        DESK_LANGUAGE,
                        r.number(),
                        r.articleTitle(),
                        String.valueOf(r.articleId()),
                        r.requester().name(),
                        r.requester().organization(),
                        r.requester().phone(),
                        r.requester().email(),
                        r.problem(),
                        r.requestedChange(),
                        r.attachment() == null ? "-" : r.attachment().type().name(),
                        DATE.format(r.dueDate()),
                        site.baseUrl() + "/admin/corrections/" + r.id()),
                r.number()));
    }

    void declined(CorrectionRequest r) {
        SiteSettings site = settings.current();
        Locale language = Locale.forLanguageTag(r.language());
        toReader(
                r,
                text("correction.mail.declined.subject", language, site.name(), r.number()),
                text(
                        "correction.mail.declined.body",
                        language,
                        r.requester().name(),
                        r.number(),
                        r.articleTitle(),
                        r.decisionReason(),
                        site.name()));
    }

    void published(CorrectionRequest r, String articleUrl, Instant at) {
        SiteSettings site = settings.current();
        Locale language = Locale.forLanguageTag(r.language());
        toReader(
                r,
                text("correction.mail.published.subject", language, site.name(), r.number()),
                text(
                        "correction.mail.published.body",
                        language,
                        r.requester().name(),
                        r.number(),
                        r.articleTitle(),
                        site.baseUrl() + articleUrl + "#corrections",
                        r.note(),
                        DATE.format(at.atZone(site.timeZone())),
                        site.name()));
    }

    private void toReader(CorrectionRequest r, String subject, String body) {
        outbox.enqueue(new OutgoingMail(r.requester().email(), subject, body, r.number()));
    }

    private String text(String key, Locale language, String... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}

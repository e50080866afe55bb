package com.masthead.reprint;

import com.masthead.ticket.TicketAddressee;
import com.masthead.ticket.TicketMail;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The mail a reprint request causes (see {@link TicketMail}): the receipt to the outlet and the notice to the
 * desk, the licence with its terms, and the refusal. The receipt to the (unverified) outlet address carries the
 * ticket number, our article titles and the look-up link only, never text the outlet typed.
 */
@Component
class ReprintMails {

    private final TicketMail mail;

    ReprintMails(TicketMail mail) {
        this.mail = mail;
    }

    void received(ReprintRequest r) {
        mail.received(to(r), titles(r), r.desk().dueDate());
        mail.toDesk(
                r.number(),
                mail.deskText(
                        "reprint.mail.desk.subject", r.number(), r.contact().organization()),
                mail.deskText(
                        "reprint.mail.desk.body",
                        r.number(),
                        r.contact().organization(),
                        r.contact().name(),
                        r.contact().phone(),
                        r.contact().email(),
                        mail.deskText(r.medium().messageKey()),
                        r.intendedUse(),
                        titles(r),
                        TicketMail.date(r.desk().dueDate()),
                        mail.site().baseUrl() + "/admin/reprints/" + r.id()));
    }

    void granted(ReprintRequest r) {
        mail.toRequester(
                to(r),
                "granted",
                r.contact().name(),
                r.number(),
                titles(r),
                r.terms(),
                TicketMail.date(r.validFrom()),
                TicketMail.date(r.validUntil()),
                mail.site().name());
    }

    void declined(ReprintRequest r) {
        mail.declined(to(r), r.contact().name(), titles(r), r.desk().decisionReason());
    }

    private static String titles(ReprintRequest r) {
        return r.articles().stream().map(a -> "- " + a.title()).collect(Collectors.joining("\n"));
    }

    private static TicketAddressee to(ReprintRequest r) {
        return new TicketAddressee(ReprintRequest.KIND, r.number(), r.contact().email(), r.language());
    }
}

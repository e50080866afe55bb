package com.masthead.correction;

import com.masthead.settings.SiteSettings;
import com.masthead.shared.DisplayText;
import com.masthead.ticket.TicketAddressee;
import com.masthead.ticket.TicketMail;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The mail a correction request causes (see {@link TicketMail}): the receipt to the reader and the notice to the
 * desk, the refusal and the published correction. The receipt to the (unverified) reader address carries the
 * ticket number, our article title and the look-up link only, never the reader's own text, so the form cannot
 * relay mail to third parties.
 */
@Component
class CorrectionMails {

    private static final int TITLE_IN_SUBJECT = 60;

    private final TicketMail mail;

    CorrectionMails(TicketMail mail) {
        this.mail = mail;
    }

    void received(CorrectionRequest r) {
        mail.received(to(r), r.articleTitle(), r.desk().dueDate());
        mail.toDesk(
                r.number(),
                mail.deskText(
                        "correction.mail.desk.subject",
                        r.number(),
                        DisplayText.cut(r.articleTitle(), TITLE_IN_SUBJECT)),
                mail.deskText(
                        "correction.mail.desk.body",
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
                        TicketMail.date(r.desk().dueDate()),
                        mail.site().baseUrl() + "/admin/corrections/" + r.id()));
    }

    void declined(CorrectionRequest r) {
        mail.declined(to(r), r.requester().name(), r.articleTitle(), r.desk().decisionReason());
    }

    void published(CorrectionRequest r, String articleUrl, Instant at) {
        SiteSettings site = mail.site();
        mail.toRequester(
                to(r),
                "published",
                r.requester().name(),
                r.number(),
                r.articleTitle(),
                site.baseUrl() + articleUrl + "#corrections",
                r.note(),
                TicketMail.date(at.atZone(site.timeZone()).toLocalDate()),
                site.name());
    }

    private static TicketAddressee to(CorrectionRequest r) {
        return new TicketAddressee(
                CorrectionRequest.KIND, r.number(), r.requester().email(), r.language());
    }
}

package com.masthead.mail.web;

import com.masthead.mail.MailOutbox;
import com.masthead.mail.MailStatus;
import com.masthead.mail.QueuedMail;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox for operators (ADMIN): what was sent, what is waiting, what failed and why; retry a failed mail. */
@RestController
@RequestMapping("/api/v1/mail/outbox")
@Tag(name = "Mail", description = "Outgoing mail: delivery state, failures, retries")
class MailOutboxApiController {

    private final MailOutbox outbox;

    MailOutboxApiController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    PageResult<MailResponse> list(
            @RequestParam(required = false) MailStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return outbox.list(status, PageRequest.of(page, size, 20)).map(MailResponse::of);
    }

    @PostMapping("/{id}/retry")
    MailResponse retry(@PathVariable long id) {
        return MailResponse.of(outbox.retry(id));
    }

    /** A mail's delivery state; the body stays in the database. */
    record MailResponse(
            long id,
            String recipient,
            String subject,
            String reference,
            MailStatus status,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant sentAt) {

        static MailResponse of(QueuedMail mail) {
            return new MailResponse(
                    mail.id(),
                    mail.recipient(),
                    mail.subject(),
                    mail.reference(),
                    mail.status(),
                    mail.attempts(),
                    mail.lastError(),
                    mail.createdAt(),
                    mail.nextAttemptAt(),
                    mail.sentAt());
        }
    }
}

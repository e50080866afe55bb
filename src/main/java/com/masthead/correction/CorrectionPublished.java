package com.masthead.correction;

import com.masthead.shared.AuditedEvent;
import java.time.Instant;

/**
 * The corrected version of article {@code articleId} went live and the correction note is now public under the
 * article and on the corrections page. Caused by the article's publication, so the actor is {@code system}.
 */
public record CorrectionPublished(long ticketId, String ticketNumber, long articleId, Instant publishedAt)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "correction.published";
    }

    @Override
    public String auditActor() {
        return "system";
    }

    @Override
    public String auditSubject() {
        return "correction:" + ticketNumber;
    }

    @Override
    public String auditDetail() {
        return "article=" + articleId;
    }
}

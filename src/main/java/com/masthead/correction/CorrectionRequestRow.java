package com.masthead.correction;

import com.masthead.ticket.Contact;
import com.masthead.ticket.DeskRecord;
import com.masthead.ticket.StoredAttachment;
import java.time.Instant;

/** A stored correction request as the repository reads it (and the test fixtures build it). */
record CorrectionRequestRow(
        long id,
        String number,
        long articleId,
        String articleTitle,
        Contact requester,
        String problem,
        String requestedChange,
        StoredAttachment attachment,
        String language,
        DeskRecord<CorrectionStatus> desk,
        String note,
        Instant publishedAt) {}

package com.masthead.site.web.ticket;

import com.masthead.ticket.ArticleReference;

/**
 * The correction request form: the CSRF token, what the reader typed and what was wrong with it, the article the
 * form was opened from (null on the general page or when the link named no published article), and the
 * attachment size limit in megabytes.
 */
public record CorrectionFormPage(String csrfToken, FormState form, ArticleReference article, long attachmentMaxMb) {}

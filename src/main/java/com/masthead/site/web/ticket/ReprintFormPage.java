package com.masthead.site.web.ticket;

import com.masthead.site.web.Crumb;
import com.masthead.ticket.ArticleReference;
import java.util.List;

/**
 * The reprint-licence request form: the CSRF token, what the outlet typed and what was wrong with it, the article
 * the form was opened from (null on the general page), and the choices of medium (value and label).
 */
public record ReprintFormPage(String csrfToken, FormState form, ArticleReference article, List<Crumb> media) {}

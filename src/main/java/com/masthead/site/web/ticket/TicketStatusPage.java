package com.masthead.site.web.ticket;

import com.masthead.site.web.Crumb;
import java.util.List;

/**
 * The ticket look-up page: the form (number and e-mail) and, after a look-up, either the ticket's state or
 * {@code notFound}. {@code kind} is {@code corrections} or {@code reprints}.
 */
public record TicketStatusPage(String kind, String csrfToken, FormState form, Result result, boolean notFound) {

    /**
     * A found ticket as the reader may see it: number, state in words, dates, the articles it concerns, and the
     * newsroom's answer (correction note, reason, licence terms) as paragraphs under a heading, when there is one.
     */
    public record Result(
            String number,
            String status,
            String explanation,
            String submittedOn,
            String dueOn,
            List<Crumb> articles,
            String answerHeading,
            List<String> answer,
            String validity) {}
}

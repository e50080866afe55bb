package com.masthead.site.web.ticket;

import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.InvalidInputException;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.SiteFormat;
import com.masthead.site.web.Text;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.SubmissionThrottle;
import com.masthead.ticket.TicketNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The steps every public ticket kind ({@code corrections}, {@code reprints}) takes alike: posting the request form
 * (rate limit, honeypot, 303 to the confirmation or the form again with one message per field), the confirmation
 * page, and the look-up by number and e-mail. The kind's controller supplies what differs: how to save, how to
 * render its form and how to show a found ticket.
 */
@Component
class TicketPages {

    private static final Logger log = LoggerFactory.getLogger(TicketPages.class);

    private final PublicTicketForms forms;
    private final LayoutModels layouts;
    private final SiteSettingsService settings;

    TicketPages(PublicTicketForms forms, LayoutModels layouts, SiteSettingsService settings) {
        this.forms = forms;
        this.layouts = layouts;
        this.settings = settings;
    }

    /** The form's values by field, in the order given as {@code field, value, field, value, …}; values may be null. */
    static Map<String, String> values(String... fieldsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return values;
    }

    /**
     * The empty request form, with {@code field} filled with the article's public address when the link named one.
     * After a refused oversized post ({@code error}), the form says so, with {@code tooLarge} as per-field messages.
     */
    FormState opened(
            String field,
            Optional<ArticleReference> article,
            String error,
            Function<Text, Map<String, String>> tooLarge) {
        Map<String, String> values = new LinkedHashMap<>();
        article.ifPresent(a -> values.put(field, settings.current().baseUrl() + a.url()));
        if (!OversizedFormFilter.TOO_LARGE.equals(error)) {
            return forms.kept(values, null);
        }
        Text t = layouts.text();
        return new FormState(values, tooLarge.apply(t), t.get("site.tickets.too-large"));
    }

    /** The date a ticket was submitted, as the reader's page shows it (the site's time zone). */
    String submittedOn(Instant createdAt) {
        return SiteFormat.date(createdAt, settings.current().timeZone());
    }

    Text text() {
        return layouts.text();
    }

    /** How a request form is opened: from an article's link ({@code ?article=<id>}) or after an oversized post. */
    record Opening(String article, String error) {}

    /** One kind of ticket: its path and message-key segment and the rate-limit bucket of its form. */
    record Kind(String name, SubmissionThrottle.Action action) {}

    /** What a request form posted: the values to echo, the honeypot field and how to save it (returns its number). */
    record Posted(Map<String, String> values, String honeypot, TicketSaving saving) {}

    /** Saves a submitted ticket and answers its number; throws {@link InvalidInputException} when input is refused. */
    @FunctionalInterface
    interface TicketSaving {
        String save();
    }

    /**
     * Handles a posted request form: 429 with the form kept when over budget, a silent confirmation for robots, a
     * 303 to the confirmation when saved, or the form with messages (400) when refused. {@code form} renders the
     * form page from a state.
     */
    Object submit(
            Kind kind,
            Posted posted,
            Function<FormState, String> form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Text t = layouts.text();
        Optional<String> throttled = forms.throttled(kind.action(), request, response, t);
        if (throttled.isPresent()) {
            return form.apply(forms.kept(posted.values(), throttled.get()));
        }
        if (forms.isRobot(posted.honeypot())) {
            log.info("dropped a {} form with the honeypot filled in", kind.name());
            return submitted(kind, null, request, response, model);
        }
        try {
            return PublicTicketForms.seeOther(
                    "/" + kind.name() + "/submitted/" + posted.saving().save());
        } catch (InvalidInputException e) {
            return form.apply(forms.refused(posted.values(), e, response, t));
        }
    }

    /** The confirmation with the ticket number (none for a dropped robot post). */
    String submitted(Kind kind, String number, HttpServletRequest request, HttpServletResponse response, Model model) {
        forms.prepare(request, response);
        Text t = layouts.text();
        model.addAttribute(
                "layout", layouts.of(request, t.get("site." + kind.name() + ".submitted.title"), null, null));
        model.addAttribute(
                "page",
                new TicketSubmittedPage(
                        kind.name(), TicketNumber.normalize(number).orElse(null)));
        return "site/tickets/submitted";
    }

    /** The empty look-up form. */
    String status(Kind kind, HttpServletRequest request, HttpServletResponse response, Model model) {
        return renderStatus(kind, FormState.empty(), null, false, request, response, model);
    }

    /**
     * Looks a ticket up by number and e-mail within the look-up rate limit and shows it, or says that nothing
     * matched.
     */
    String lookUp(
            TicketLookup lookup,
            String number,
            String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Text t = layouts.text();
        Map<String, String> values = values("number", number, "email", email);
        Optional<String> throttled = forms.throttled(SubmissionThrottle.Action.LOOKUP, request, response, t);
        if (throttled.isPresent()) {
            return renderStatus(
                    lookup.kind(), forms.kept(values, throttled.get()), null, false, request, response, model);
        }
        Optional<TicketStatusPage.Result> found = lookup.find(number, email, t);
        return renderStatus(
                lookup.kind(), forms.kept(values, null), found.orElse(null), found.isEmpty(), request, response, model);
    }

    /** Fills the layout and the CSRF token of a ticket form page titled by {@code titleKey}; returns the token. */
    String formFrame(String titleKey, HttpServletRequest request, HttpServletResponse response, Model model) {
        String token = forms.prepare(request, response);
        model.addAttribute("layout", layouts.of(request, layouts.text().get(titleKey), null, null));
        return token;
    }

    private String renderStatus(
            Kind kind,
            FormState state,
            TicketStatusPage.Result result,
            boolean notFound,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String token = formFrame("site." + kind.name() + ".status.title", request, response, model);
        model.addAttribute("page", new TicketStatusPage(kind.name(), token, state, result, notFound));
        return "site/tickets/status";
    }
}

package com.masthead.site.web.ticket;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.site.web.Text;
import com.masthead.system.ClientAddress;
import com.masthead.ticket.SubmissionThrottle;
import com.masthead.ticket.TicketInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the public ticket forms share: the CSRF token to render, the per-address rate limit (429 with {@code
 * Retry-After} and the form kept), turning refused input into one message per field, and the 303 after a
 * successful post. Form pages are personal (they carry a token and what the reader typed), so they are never
 * stored by any cache.
 */
@Component
class PublicTicketForms {

    /** The hidden field that people leave empty and form-filling robots do not. */
    static final String HONEYPOT = "website";
    // Echoing a megabyte of junk back into the form helps nobody: longer values are shown cut, and without the
    // control characters and direction overrides that would be dropped on saving anyway.
    private static final int MAX_ECHOED = 10_000;

    private final SubmissionThrottle throttle;
    private final ClientAddress clients;

    PublicTicketForms(SubmissionThrottle throttle, ClientAddress clients) {
        this.throttle = throttle;
        this.clients = clients;
    }

    /** Marks the response as not storable and returns the token value for the hidden {@code _csrf} field. */
    String prepare(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Object token = request.getAttribute("_csrf");
        return token instanceof CsrfToken csrf ? csrf.getToken() : "";
    }

    /**
     * Takes one unit of the client's budget for {@code action}. When it is used up, answers 429 with {@code
     * Retry-After} and returns the notice to show above the form.
     */
    Optional<String> throttled(
            SubmissionThrottle.Action action, HttpServletRequest request, HttpServletResponse response, Text t) {
        Optional<Duration> wait = throttle.tryAcquire(action, clients.keyOf(request));
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        long seconds = wait.get().toSeconds();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return Optional.of(t.get("site.tickets.too-many", String.valueOf(Math.max(1, (seconds + 59) / 60))));
    }

    boolean isRobot(String honeypot) {
        return honeypot != null && !honeypot.isEmpty();
    }

    /** The form again with the reader's values and one message per offending field, answered with 400. */
    FormState refused(Map<String, String> values, InvalidInputException e, HttpServletResponse response, Text t) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : e.problems()) {
            errors.putIfAbsent(problem.field(), t.get(problem.messageKey(), problem.arguments()));
        }
        return new FormState(echoed(values), errors, t.get("site.tickets.check-fields"));
    }

    FormState kept(Map<String, String> values, String notice) {
        return new FormState(echoed(values), Map.of(), notice);
    }

    static RedirectView seeOther(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    private static Map<String, String> echoed(Map<String, String> values) {
        Map<String, String> echoed = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (value != null) {
                String shown = value.codePointCount(0, value.length()) <= MAX_ECHOED
                        ? value
                        : value.substring(0, value.offsetByCodePoints(0, MAX_ECHOED));
                echoed.put(field, TicketInput.cleanText(shown));
            }
        });
        return echoed;
    }
}

package com.masthead.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the 413 problem document of the body-size filters: UTF-8, in the caller's language (the filters run
 * before Spring MVC, so this asks the locale resolver itself).
 */
@Component
class PayloadTooLargeProblem {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    PayloadTooLargeProblem(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                messages.getMessage(
                        "problem.payload-too-large", new Object[] {maxBytes}, locales.resolveLocale(request)));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", ProblemCodes.PAYLOAD_TOO_LARGE);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

package com.masthead.system;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page for requests Tomcat refuses before the application sees them (a request line over the header
 * size limit, {@code %2F} in a path, a broken escape in a path): the site's error text in the reader's language
 * instead of the container's bare English page, UTF-8, without server details. Errors the application handles
 * itself never get here (they have written their page already). Replaces Tomcat's {@code ErrorReportValve} on
 * the host ({@link ContainerErrorPageCustomizer}).
 */
class ContainerErrorPage extends ErrorReportValve {

    private final MessageSource messages;

    ContainerErrorPage(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Locale locale = readerLocale(request);
        try {
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Content-Language", locale.toLanguageTag());
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page(status, locale));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body any more: nothing left to tell anyone
        }
    }

    String page(int status, Locale locale) {
        int known = switch (status) {
            case 400, 403, 404, 405, 410 -> status;
            default -> status < 500 ? 400 : 500;
        };
        String heading = text("site.error." + known + ".heading", locale);
        return "<!doctype html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + heading
                + "</title></head><body><section class=\"error-page\"><p class=\"error-status\">" + status
                + "</p><h1 class=\"page-title\">" + heading + "</h1><p>"
                + text("site.error." + known + ".message", locale) + "</p><p><a href=\"/\">"
                + text("site.error.back-home", locale) + "</a> · <a href=\"/sitemap.html\">"
                + text("site.sitemap", locale) + "</a></p></section></body></html>";
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
    }

    /**
     * English when the reader chose it (the {@code masthead_lang} cookie) or, without a choice, asks for it
     * first; Chinese otherwise, and when the request was too broken to have its headers read.
     */
    private static Locale readerLocale(Request request) {
        try {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if ("masthead_lang".equals(cookie.getName())) {
                        return cookie.getValue().toLowerCase(Locale.ROOT).startsWith("en")
                                ? Locale.ENGLISH
                                : WebConfiguration.DEFAULT_LOCALE;
                    }
                }
            }
            String accept = request.getHeader("Accept-Language");
            if (accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
                return Locale.ENGLISH;
            }
        } catch (RuntimeException unreadable) {
            // headers that cannot be parsed: the default language
        }
        return WebConfiguration.DEFAULT_LOCALE;
    }
}

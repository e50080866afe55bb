package com.masthead.wordpress.web;

import com.masthead.wordpress.ImportProgress;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * An import as the progress page's script sees it: {@code state} queued, running, done or failed; {@code step}
 * read, pictures, articles, done or failed; {@code message} why it failed, in the reader's language (null unless
 * failed); {@code counts} the report's counts once done.
 */
public record ImportResponse(
        long id,
        String state,
        String step,
        int done,
        int total,
        String message,
        String fileName,
        long fileBytes,
        Map<String, Integer> counts,
        Instant createdAt,
        Instant updatedAt) {

    static ImportResponse of(ImportProgress p, MessageSource messages, Locale locale) {
        String message = p.messageKey() == null
                ? null
                : messages.getMessage(p.messageKey(), p.messageArguments().toArray(), p.messageKey(), locale);
        return new ImportResponse(
                p.id(),
                p.state(),
                p.step(),
                p.done(),
                p.total(),
                message,
                p.fileName(),
                p.fileBytes(),
                p.report() == null ? Map.of() : p.report().counts(),
                p.createdAt(),
                p.updatedAt());
    }
}

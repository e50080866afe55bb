package com.masthead.epaper.web;

import com.masthead.epaper.IntakeProgress;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * An intake as the API and the progress page's script see it: {@code state} is queued, running, done or failed;
 * {@code step} inspect, split, render, extract, match, done or failed; {@code message} says why it failed, in the
 * caller's language (null unless failed).
 */
public record IntakeResponse(
        long id,
        long issueId,
        String state,
        String step,
        int done,
        int total,
        String message,
        String fileName,
        long fileBytes,
        Instant createdAt,
        Instant updatedAt) {

    static IntakeResponse of(IntakeProgress p, MessageSource messages, Locale locale) {
        String message = p.messageKey() == null
                ? null
                : messages.getMessage(p.messageKey(), p.messageArguments().toArray(), locale);
        return new IntakeResponse(
                p.id(),
                p.issueId(),
                p.state().code(),
                p.step(),
                p.done(),
                p.total(),
                message,
                p.fileName(),
                p.fileBytes(),
                p.createdAt(),
                p.updatedAt());
    }
}

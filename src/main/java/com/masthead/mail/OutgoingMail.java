package com.masthead.mail;

import com.masthead.shared.DisplayText;
import java.util.regex.Pattern;

/**
 * One plain-text mail to send. {@code reference} says what it is about (a ticket number), for finding it in the
 * outbox; it may be null. A subject is one line: line breaks in it become
 * spaces (a header must never be split by text from elsewhere) and it is cut to {@value #SUBJECT_MAX} characters.
 */
public record OutgoingMail(String recipient, String subject, String body, String reference) {

    static final int SUBJECT_MAX = 250;
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");

    public OutgoingMail {
        if (recipient == null || recipient.isBlank() || subject == null || body == null) {
            throw new IllegalArgumentException("a mail needs a recipient, a subject and a body");
        }
        subject = DisplayText.cut(LINE_BREAKS.matcher(subject).replaceAll(" "), SUBJECT_MAX);
    }
}

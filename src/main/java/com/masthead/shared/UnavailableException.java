package com.masthead.shared;

/**
 * A service this request needs cannot answer right now (the search cluster is down or too slow); the rest of the
 * application works. The web layer answers 503 with the message of {@code messageKey}: the site's error page, or a
 * problem document with the code {@code unavailable} under {@code /api/}.
 */
public class UnavailableException extends RuntimeException {

    private final String messageKey;

    public UnavailableException(String messageKey, String detail, Throwable cause) {
        super(detail, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

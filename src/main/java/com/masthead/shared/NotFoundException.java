package com.masthead.shared;

/**
 * A referenced thing does not exist. {@code kind} is a stable lower-case noun ("channel", "article"),
 * {@code key} what was looked up. When the missing thing is named inside a request body (a channel id on a new
 * article) the web layer answers 422 with {@code field}; when it is the request's own target, 404.
 */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;
    private final String field;

    public NotFoundException(String kind, Object key) {
        this(kind, key, null);
    }

    public NotFoundException(String kind, Object key, String field) {
        super(kind + " not found: " + key);
        this.kind = kind;
        this.key = String.valueOf(key);
        this.field = field;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    /** The request field that named the missing thing, or {@code null} when it was the request's target. */
    public String field() {
        return field;
    }
}

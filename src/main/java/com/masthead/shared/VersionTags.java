package com.masthead.shared;

/**
 * Optimistic locking over HTTP: a resource's version travels as a strong entity tag ({@code ETag: "7"}) and an
 * update must send it back as {@code If-Match: "7"}. A missing or unreadable tag is an input error on the
 * {@code If-Match} field; a stale one becomes a {@link VersionConflictException} further down.
 */
public final class VersionTags {

    public static final String HEADER_FIELD = "If-Match";

    private VersionTags() {}

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    public static int parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidInputException(HEADER_FIELD, "version.required");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(HEADER_FIELD, "version.malformed");
        }
    }
}

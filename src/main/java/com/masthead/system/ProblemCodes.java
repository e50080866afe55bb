package com.masthead.system;

/** The stable machine-readable {@code code} values of problem documents. Clients may switch on them. */
final class ProblemCodes {

    static final String VALIDATION_FAILED = "validation-failed";
    static final String MALFORMED_REQUEST = "malformed-request";
    static final String NOT_FOUND = "not-found";
    static final String UNKNOWN_REFERENCE = "unknown-reference";
    static final String VERSION_CONFLICT = "version-conflict";
    static final String UNAUTHENTICATED = "unauthenticated";
    static final String FORBIDDEN = "forbidden";
    static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    static final String INTERNAL_ERROR = "internal-error";
    static final String UNAVAILABLE = "unavailable";

    private ProblemCodes() {}
}

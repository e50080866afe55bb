package com.masthead.comment;

/** What a ban matches: the client's exact address, or its fingerprint (a hash of address and user agent). */
public enum BanKind {
    ADDRESS,
    FINGERPRINT
}

package com.masthead.backoffice.web;

import com.masthead.staff.ApiToken;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A token as the list shows it: times in the site's zone, and whether it still works. */
public record ApiTokenRow(
        ApiToken token, String created, String expires, String lastUsed, String revoked, boolean usable) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static ApiTokenRow of(ApiToken token, ZoneId zone, Instant now) {
        return new ApiTokenRow(
                token,
                format(token.createdAt(), zone),
                format(token.expiresAt(), zone),
                format(token.lastUsedAt(), zone),
                format(token.revokedAt(), zone),
                token.usableAt(now));
    }

    private static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}

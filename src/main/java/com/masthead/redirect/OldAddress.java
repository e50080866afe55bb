package com.masthead.redirect;

import java.time.Instant;

/**
 * One old address and where it now leads: {@code oldPath} in the form of {@link OldPaths}, {@code targetPath} a
 * path of this site ({@code /news/2024/05/03/12.html}), {@code origin} what recorded it ({@code wordpress:3}, the
 * import that did), {@code createdAt} null until stored.
 */
public record OldAddress(String oldPath, String targetPath, String origin, Instant createdAt) {

    public OldAddress(String oldPath, String targetPath, String origin) {
        this(oldPath, targetPath, origin, null);
    }
}

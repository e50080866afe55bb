package com.masthead.storage;

import java.net.URI;
import java.util.Optional;

/**
 * The public address of an object that may be read by anyone (media and page images), when {@code
 * masthead.storage.public-base-url} is set: {@code <base>/<key>}. Callers never ask it for private objects such as
 * ticket attachments.
 */
public final class PublicFiles {

    private final URI base;

    PublicFiles(URI base) {
        this.base = base;
    }

    /** No public addresses: everything is streamed through the application. */
    public static PublicFiles none() {
        return new PublicFiles(null);
    }

    /** Where the object can be fetched without the application, or empty to stream it through the application. */
    public Optional<URI> url(String key) {
        return base == null ? Optional.empty() : Optional.of(URI.create(base + "/" + ObjectKeys.require(key)));
    }
}

package com.masthead.newsstandards;

import java.util.Locale;
import java.util.Optional;

/** The two formats Masthead writes and takes in, with their media types and file extensions. */
public enum WireFormat {
    NINJS("application/ninjs+json", ".json"),
    NEWSML("application/vnd.iptc.g2.newsitem+xml", ".xml");

    private final String mediaType;
    private final String extension;

    WireFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of a request body by its media type: any JSON type is ninjs, any XML type NewsML-G2; empty for
     * anything else.
     */
    public static Optional<WireFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        if (type.equals("application/json") || type.endsWith("+json")) {
            return Optional.of(NINJS);
        }
        if (type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml")) {
            return Optional.of(NEWSML);
        }
        return Optional.empty();
    }

    /** The format of a file in the watched folder by its extension; empty for anything else. */
    public static Optional<WireFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (WireFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}

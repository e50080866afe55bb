package com.masthead.reprint;

import java.util.Optional;

/** Where the outlet means to publish the reprint. Labels: {@code reprint.medium.<NAME>} in the tickets bundle. */
public enum ReprintMedium {
    NEWSPAPER,
    MAGAZINE,
    WEBSITE,
    MOBILE_APP,
    SOCIAL_MEDIA,
    BROADCAST,
    BOOK,
    OTHER;

    public String messageKey() {
        return "reprint.medium." + name();
    }

    static Optional<ReprintMedium> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ReprintMedium medium : values()) {
            if (medium.name().equals(text.strip())) {
                return Optional.of(medium);
            }
        }
        return Optional.empty();
    }
}

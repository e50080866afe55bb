package com.masthead.support.browser;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * UI texts from the application's own message bundles ({@code messages*.properties}, {@code i18n/*}), in the
 * language a browser without a language cookie gets (Chinese), so page objects never hard-code a translation.
 */
final class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code key}; an unknown key fails (a typo must not turn into a search for a missing button). */
    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}

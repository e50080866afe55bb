package com.masthead.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Message-bundle look-ups for one request's language, as templates use them: {@code ${t.get("key", args)}}.
 * Cheap to create (one per request).
 */
public class Messages {

    private final MessageSource messages;
    private final Locale locale;

    public Messages(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The {@code lang} attribute value of the page, e.g. {@code zh-CN}. */
    public String languageTag() {
        return locale.toLanguageTag();
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }
}

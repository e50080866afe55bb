package com.masthead.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;

/**
 * Message-bundle look-ups for one request's language, as templates use them: {@code ${t.get("key", args)}}.
 * Cheap to create (one per request).
 *
 * <p>Messages with arguments are formatted here rather than by the {@link MessageSource}: Spring formats them with
 * one shared {@link MessageFormat} per message and locks it while formatting. With a page rendering a dozen such
 * messages and a hundred request threads on two cores, a thread that lost its core while holding that lock kept
 * every other thread waiting (JFR: 80 ms average monitor wait, 2026-11-26). The same pattern is read from the
 * bundle and formatted the same way, on a per-call copy of a parsed format.
 */
public class Messages {

    /** Parsed formats per language and key; bounded by the keys of the bundles (unknown keys throw first). */
    private static final Map<Locale, Map<String, MessageFormat>> FORMATS = new ConcurrentHashMap<>();

    private final MessageSource messages;
    private final Locale locale;

    public Messages(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String get(String key, Object... arguments) {
        if (arguments == null || arguments.length == 0) {
            return messages.getMessage(key, null, locale);
        }
        Map<String, MessageFormat> formats = FORMATS.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        MessageFormat format = formats.get(key);
        if (format == null) {
            format = new MessageFormat(messages.getMessage(key, null, locale), locale);
            formats.put(key, format);
        }
        return ((MessageFormat) format.clone()).format(arguments);
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

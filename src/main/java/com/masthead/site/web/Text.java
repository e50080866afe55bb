package com.masthead.site.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The public site's message look-ups: {@code ${layout.t().get("key")}}. */
public final class Text extends com.masthead.shared.Messages {

    public Text(MessageSource messages, Locale locale) {
        super(messages, locale);
    }
}

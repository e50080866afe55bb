package com.masthead.reprint;

import java.util.Locale;

/**
 * A reprint-licence form as the outlet sent it, uncleaned. {@code articles} lists article ids or public addresses
 * separated by line breaks, spaces or commas; {@code medium} is a {@link ReprintMedium} name. Field names of
 * validation problems are the component names.
 */
public record ReprintSubmission(
        String outlet,
        String contactName,
        String phone,
        String email,
        String articles,
        String medium,
        String intendedUse,
        Locale language) {

    public static final int INTENDED_USE_MAX = 2000;
    public static final int MAX_ARTICLES = 20;
}

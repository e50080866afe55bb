package com.masthead.ticket;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The text form of ticket numbers: {@code <prefix>-<yyyyMMdd>-<sequence of at least four digits>}. */
public final class TicketNumber {

    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FORM = Pattern.compile("[A-Z]{2}-\\d{8}-\\d{4,7}");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TicketNumber() {}

    static String format(String prefix, LocalDate day, int sequence) {
        return "%s-%s-%04d".formatted(prefix, DAY.format(day), sequence);
    }

    /**
     * What a reader typed, made comparable with stored numbers: full-width letters and digits (typed with a
     * Chinese input method) become ASCII, spaces vanish, dashes of any kind become {@code -}, letters
     * upper case. Empty when the
     * result is not a ticket number at all.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String text = SPACES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC))
                .replaceAll("");
        text = DASHES.matcher(text).replaceAll("-").toUpperCase(Locale.ROOT);
        return FORM.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}

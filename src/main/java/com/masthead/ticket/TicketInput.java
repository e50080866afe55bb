package com.masthead.ticket;

import com.masthead.shared.DisplayText;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Cleans and checks what a reader typed into a ticket form, collecting a problem per offending field so that a
 * form can show every mistake at once. Cleaning never refuses: control characters, bidirectional overrides and
 * isolates go, line breaks survive only in multi-line text; emoji and rare CJK characters pass unchanged.
 * Lengths count code points (a character outside the basic plane counts once). Not thread-safe: one per form.
 */
public final class TicketInput {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern PHONE =
            Pattern.compile("\\+?\\(?[0-9][0-9 ()-]{4,23}[0-9](?:\\s*(?:转|ext\\.?|x)\\s*[0-9]{1,6})?");
    // Anything longer than this many times the limit is refused before it is cleaned.
    private static final int RAW_SLACK = 4;

    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A required single line of at most {@code max} code points; null when refused. */
    public String line(String field, String raw, int max) {
        return checked(field, raw == null || raw.length() > max * RAW_SLACK ? raw : cleanLine(raw), max, true);
    }

    /** An optional single line; null when empty or refused. */
    public String optionalLine(String field, String raw, int max) {
        return checked(field, raw == null || raw.length() > max * RAW_SLACK ? raw : cleanLine(raw), max, false);
    }

    /** Required text that may span lines; null when refused. */
    public String text(String field, String raw, int max) {
        return checked(field, raw == null || raw.length() > max * RAW_SLACK ? raw : cleanText(raw), max, true);
    }

    /** Optional text that may span lines; null when empty or refused. */
    public String optionalText(String field, String raw, int max) {
        return checked(field, raw == null || raw.length() > max * RAW_SLACK ? raw : cleanText(raw), max, false);
    }

    /** A required e-mail address (full-width characters typed with a Chinese input method are accepted). */
    public String email(String field, String raw) {
        String value = line(field, fullWidthToAscii(raw, EMAIL_MAX), EMAIL_MAX);
        if (value != null && (!EMAIL.matcher(value).matches() || value.indexOf('@') > 64)) {
            problem(field, "ticket.email.invalid");
            return null;
        }
        return value;
    }

    /** A required telephone number: 7 to 15 digits, with optional +, spaces, dashes, brackets and extension. */
    public String phone(String field, String raw) {
        String value = line(field, fullWidthToAscii(raw, PHONE_MAX), PHONE_MAX);
        if (value == null) {
            return null;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(value).matches() || digits < 7 || digits > 21) {
            problem(field, "ticket.phone.invalid");
            return null;
        }
        return value;
    }

    public void problem(String field, String messageKey, Object... arguments) {
        problems.add(new FieldProblem(field, messageKey, arguments));
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** @throws InvalidInputException naming every offending field, when there is any */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private String checked(String field, String value, int max, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                problem(field, "ticket.field.required");
            }
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            problem(field, "ticket.field.too-long", String.valueOf(max));
            return null;
        }
        return value;
    }

    private static String fullWidthToAscii(String raw, int max) {
        return raw == null || raw.length() > max * RAW_SLACK ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    /** One line: control characters and bidi overrides removed, white space folded, trimmed ("" when blank). */
    public static String cleanLine(String raw) {
        return raw == null ? null : Objects.requireNonNullElse(DisplayText.cleanLine(raw), "");
    }

    /** Several lines: as {@link #cleanLine} per line, at most one empty line in a row, trimmed. */
    public static String cleanText(String raw) {
        return raw == null ? null : Objects.requireNonNullElse(DisplayText.cleanText(raw), "");
    }
}

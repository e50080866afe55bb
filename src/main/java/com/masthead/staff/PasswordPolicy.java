package com.masthead.staff;

import com.masthead.shared.InvalidInputException;
import java.util.Locale;

/**
 * Minimum strength for staff passwords: at least 10 characters with three kinds of character (lower case, upper
 * case, digits, others), or at least 16 characters of any kind (a pass phrase), not containing the login, at most
 * 200 characters.
 */
public final class PasswordPolicy {

    static final int MINIMUM = 10;
    static final int PASS_PHRASE = 16;
    static final int MAXIMUM = 200;

    private PasswordPolicy() {}

    /** @throws InvalidInputException naming {@code field} when the password is too weak */
    public static void check(String field, String password, String login) {
        if (password == null || password.length() < MINIMUM) {
            throw new InvalidInputException(field, "staff.password.too-short", MINIMUM);
        }
        if (password.length() > MAXIMUM) {
            throw new InvalidInputException(field, "staff.password.too-long", MAXIMUM);
        }
        if (login != null
                && login.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "staff.password.contains-login");
        }
        if (password.length() < PASS_PHRASE && kinds(password) < 3) {
            throw new InvalidInputException(field, "staff.password.too-simple", PASS_PHRASE);
        }
    }

    static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}

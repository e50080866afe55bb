package com.masthead.staff;

import com.masthead.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Minimum strength for staff passwords, after NIST SP 800-63B and OWASP ASVS 2.1: at least 12 and at most 200
 * characters, any characters (no composition rules: a long pass phrase of lower-case words is fine), not one of
 * the commonly used passwords shipped in {@code staff/common-passwords.txt} (compared ignoring case and spaces),
 * and not containing the login. Thread-safe.
 */
public final class PasswordPolicy {

    static final int MINIMUM = 12;
    static final int MAXIMUM = 200;
    private static final Set<String> COMMON = load("/staff/common-passwords.txt");

    private PasswordPolicy() {}

    /** @throws InvalidInputException naming {@code field} when the password is too weak */
    public static void check(String field, String password, String login) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM) {
            throw new InvalidInputException(field, "staff.password.too-short", MINIMUM);
        }
        if (length > MAXIMUM) {
            throw new InvalidInputException(field, "staff.password.too-long", MAXIMUM);
        }
        if (login != null
                && login.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "staff.password.contains-login");
        }
        if (COMMON.contains(normalized(password))) {
            throw new InvalidInputException(field, "staff.password.common");
        }
    }

    private static String normalized(String password) {
        return password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(normalized(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

package com.masthead.staff;

import java.security.SecureRandom;

/** One-time passwords for new and reset accounts: 16 characters from an unambiguous alphabet, all kinds mixed. */
final class GeneratedPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LOWER + UPPER + DIGITS;

    private GeneratedPasswords() {}

    static String next() {
        StringBuilder password = new StringBuilder();
        password.append(pick(LOWER)).append(pick(UPPER)).append(pick(DIGITS));
        while (password.length() < 16) {
            password.append(pick(ALL));
        }
        return password.toString();
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}

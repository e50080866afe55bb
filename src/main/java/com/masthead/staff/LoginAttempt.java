package com.masthead.staff;

import java.util.Locale;

/**
 * One password login attempt as the throttle sees it: the login name typed, the client address, and how far the
 * source is known to the account ({@code device} is the known device's id when {@code trust} is {@link
 * LoginTrust.Level#DEVICE}, else null).
 */
record LoginAttempt(String login, String address, LoginTrust.Level trust, String device) {

    LoginAttempt {
        login = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        address = address == null ? "unknown" : address;
        trust = trust == null ? LoginTrust.Level.NONE : trust;
    }

    static LoginAttempt untrusted(String login, String address) {
        return new LoginAttempt(login, address, LoginTrust.Level.NONE, null);
    }
}

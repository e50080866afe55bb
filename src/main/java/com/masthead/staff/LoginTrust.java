package com.masthead.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The addresses and devices an account has logged in from successfully: failed logins by others never delay a
 * login from one of them. A device is a browser holding the long-lived device cookie set at a successful login,
 * whose random value is stored only as its SHA-256 hash. Stored in the database, so every instance knows them.
 */
@Component
class LoginTrust {

    /** How far an attempt's source is known to the account it tries. */
    enum Level {
        NONE,
        ADDRESS,
        DEVICE
    }

    private final LoginTrustRepository trust;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginTrust(LoginTrustRepository trust, Clock clock) {
        this.trust = trust;
        this.clock = clock;
    }

    /** The attempt with its trust level: a known device wins over a known address. */
    LoginAttempt attempt(String login, String address, String deviceToken) {
        if (deviceToken != null && trust.knows(login, LoginTrustRepository.DEVICE, ApiTokens.hash(deviceToken))) {
            return new LoginAttempt(login, address, Level.DEVICE, ApiTokens.hash(deviceToken));
        }
        if (address != null && trust.knows(login, LoginTrustRepository.ADDRESS, ApiTokens.hash(address))) {
            return new LoginAttempt(login, address, Level.ADDRESS, null);
        }
        return LoginAttempt.untrusted(login, address);
    }

    /**
     * Remembers the address and the device of a successful login; returns the device token the browser should keep
     * (the one it sent if that is known for this account, else a new one).
     */
    @Transactional
    String remember(String login, String address, String deviceToken) {
        long now = clock.millis();
        if (address != null) {
            trust.remember(login, LoginTrustRepository.ADDRESS, ApiTokens.hash(address), now);
        }
        String token =
                deviceToken != null && trust.knows(login, LoginTrustRepository.DEVICE, ApiTokens.hash(deviceToken))
                        ? deviceToken
                        : newToken();
        trust.remember(login, LoginTrustRepository.DEVICE, ApiTokens.hash(token), now);
        return token;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

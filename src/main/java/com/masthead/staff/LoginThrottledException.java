package com.masthead.staff;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or from this address; the password was not checked. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

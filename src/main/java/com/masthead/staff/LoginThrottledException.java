package com.masthead.staff;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or from this address; the password was not checked. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;
    private final LoginThrottle.Scope scope;

    LoginThrottledException(Duration retryAfter, LoginThrottle.Scope scope) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
        this.scope = scope;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether the address as a whole or the account (from this source) is being slowed down. */
    public LoginThrottle.Scope scope() {
        return scope;
    }
}

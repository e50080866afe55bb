package com.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.password.CompromisedPasswordException;

class AuthenticationRecorderTests {

    @Test
    void failedLoginReasonsNameTheExceptionKindNeverItsMessage() {
        assertThat(AuthenticationRecorder.reason(new BadCredentialsException("typed: hunter2")))
                .isEqualTo("bad-credentials");
        assertThat(AuthenticationRecorder.reason(new LockedException("x"))).isEqualTo("locked");
        assertThat(AuthenticationRecorder.reason(new CompromisedPasswordException("x")))
                .isEqualTo("compromised-password");
    }
}

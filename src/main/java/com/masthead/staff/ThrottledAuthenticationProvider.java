package com.masthead.staff;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login for staff, guarded by {@link LoginThrottle}: a throttled attempt fails before the password is
 * checked, and every failed check counts. A disabled account is found out only after its password was checked
 * (and hashed like any other), and fails like a wrong password, so the login form tells no one which accounts
 * exist or are disabled. A hash made with weaker parameters than today's is replaced at the next good login.
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LoginTrust trust;

    ThrottledAuthenticationProvider(
            StaffLogins logins, PasswordEncoder encoder, LoginThrottle throttle, LoginTrust trust) {
        this.passwords = new DaoAuthenticationProvider(logins);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(logins);
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        this.throttle = throttle;
        this.trust = trust;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        LoginAttempt attempt = attempt(authentication);
        Optional<LoginThrottle.Throttled> throttled = throttle.check(attempt);
        if (throttled.isPresent()) {
            throw new LoginThrottledException(
                    throttled.get().retryAfter(), throttled.get().scope());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(attempt);
            throw e;
        }
    }

    private LoginAttempt attempt(Authentication authentication) {
        String login = authentication.getName();
        Object details = authentication.getDetails();
        String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String device = details instanceof StaffLoginDetails staff ? staff.deviceToken() : null;
        return trust.attempt(login, address, device);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

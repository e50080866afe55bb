package com.masthead.audit;

import com.masthead.staff.LoginThrottle;
import com.masthead.staff.LoginThrottledException;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records staff logins, failed logins and logouts from Spring Security's events (published for form login by the
 * {@code AuthenticationEventPublisher} that Spring Boot configures). The actor of a failed login is
 * {@code anonymous}; the login name that was tried goes into the subject. Credentials are never read. API token
 * requests publish no such events and are not recorded here. Logins the throttle refused without checking a
 * password are summed up by {@link ThrottledLogins} (one entry per key and window), every other failure is
 * recorded on its own.
 */
@Component
class AuthenticationRecorder {

    static final String LOGIN = "auth.login";
    static final String LOGIN_FAILED = "auth.login-failed";
    static final String LOGOUT = "auth.logout";

    /** The subject of refusals by an address's own limit, whatever login they tried. */
    static final String ANY_STAFF = "staff:*";

    private final AuditChain chain;
    private final RequestAddress requestAddress;
    private final ThrottledLogins throttled;

    AuthenticationRecorder(AuditChain chain, RequestAddress requestAddress, ThrottledLogins throttled) {
        this.chain = chain;
        this.requestAddress = requestAddress;
        this.throttled = throttled;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        chain.append(new AuditDraft(who.getName(), LOGIN, subject(who), "", address(who)));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (event.getException() instanceof LoginThrottledException refused) {
            throttled.refused(
                    refused.scope() == LoginThrottle.Scope.ADDRESS ? ANY_STAFF : subject(attempt), address(attempt));
            return;
        }
        chain.append(new AuditDraft(
                "anonymous", LOGIN_FAILED, subject(attempt), reason(event.getException()), address(attempt)));
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        Authentication who = event.getAuthentication();
        chain.append(new AuditDraft(who.getName(), LOGOUT, subject(who), "", address(who)));
    }

    private static String subject(Authentication authentication) {
        // getName() is the principal's name or, for a failed attempt, the login name typed; never the password
        return "staff:" + authentication.getName();
    }

    /**
     * The request's client address when the event comes from a request thread (the same request the details were
     * taken from, but resolved like every other entry), else the address captured in the details.
     */
    private String address(Authentication authentication) {
        String current = requestAddress.current();
        if (current != null) {
            return current;
        }
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    /** {@code BadCredentialsException} → {@code bad-credentials}: the kind of failure, never its message. */
    static String reason(Exception failure) {
        String name = failure.getClass().getSimpleName().replaceFirst("Exception$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}

package com.masthead.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps staff sessions no longer than the account allows. A session records when its login happened and the
 * account's session generation at that moment; deactivating the account, changing its roles or channels, a
 * password change or reset and "log out my other sessions" raise the generation in the database, so every
 * session begun before ends at its next request, on whichever instance it lives. A session also ends {@code
 * masthead.staff-session.absolute-lifetime} after its login however active it is. Thread-safe.
 */
@Component
@EnableConfigurationProperties(StaffSessions.Lifetime.class)
public class StaffSessions {

    static final String LOGIN_AT = StaffSessions.class.getName() + ".loginAt";
    static final String GENERATION = StaffSessions.class.getName() + ".generation";

    private final StaffAccountRepository accounts;
    private final Lifetime lifetime;
    private final Clock clock;

    StaffSessions(StaffAccountRepository accounts, Lifetime lifetime, Clock clock) {
        this.accounts = accounts;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** What a staff request with a logged-in session may do. */
    public enum Verdict {
        /** Carry on. */
        VALID,
        /** The session is over: log it out. */
        ENDED,
        /** Only the password change (and logging out) until the one-time password is replaced. */
        MUST_CHANGE_PASSWORD
    }

    /** Stamps a freshly logged-in session with the login time and the account's current generation. */
    void started(HttpServletRequest request, String login) {
        HttpSession session = request.getSession();
        session.setAttribute(LOGIN_AT, clock.millis());
        accounts.sessionState(login).ifPresent(state -> session.setAttribute(GENERATION, state.generation()));
    }

    /** Checks the request's session against the account (one read by the login index). */
    public Verdict check(HttpServletRequest request, StaffMember member) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Verdict.ENDED;
        }
        Object loginAt = session.getAttribute(LOGIN_AT);
        Object generation = session.getAttribute(GENERATION);
        if (!(loginAt instanceof Long at)
                || clock.millis() - at >= lifetime.absoluteLifetime().toMillis()) {
            return Verdict.ENDED;
        }
        return accounts.sessionState(member.login())
                .filter(state -> state.active() && generation instanceof Long g && g == state.generation())
                .map(state -> state.mustChangePassword() ? Verdict.MUST_CHANGE_PASSWORD : Verdict.VALID)
                .orElse(Verdict.ENDED);
    }

    /**
     * Keeps the caller's session after the account's sessions were ended on its own request (password change,
     * "log out my other sessions"): gives it a new id and the account's new generation. The login time stays, so
     * the absolute lifetime still counts from the login.
     */
    public void renew(HttpServletRequest request, String login) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        request.changeSessionId();
        accounts.sessionState(login).ifPresent(state -> session.setAttribute(GENERATION, state.generation()));
    }

    /** {@code masthead.staff-session.*}: a staff session ends this long after its login (default 12 hours). */
    @ConfigurationProperties("masthead.staff-session")
    record Lifetime(Duration absoluteLifetime) {
        Lifetime {
            absoluteLifetime = absoluteLifetime == null ? Duration.ofHours(12) : absoluteLifetime;
        }
    }
}

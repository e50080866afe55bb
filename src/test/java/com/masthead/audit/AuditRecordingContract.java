package com.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteTestSupport;
import com.masthead.support.StaffSession;
import com.masthead.ticket.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What gets recorded, with who and from where: logins, failed logins, logouts, audited events. */
interface AuditRecordingContract extends AuditTestAccess {

    String PASSWORD = "Typed-Secret-42";

    @Test
    default void authenticationEventsAreRecordedWithTheLoginNameAndAddressButNeverThePassword() {
        String login = ContentFixtures.unique("editor");
        WebAuthenticationDetails from = new WebAuthenticationDetails("198.51.100.23", "session-1");
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(login, PASSWORD);
        attempt.setDetails(from);
        UsernamePasswordAuthenticationToken loggedIn = UsernamePasswordAuthenticationToken.authenticated(
                login, null, List.of(new SimpleGrantedAuthority(StaffRole.EDITOR.authority())));
        loggedIn.setDetails(from);
        AuthenticationEventPublisher security = bean(AuthenticationEventPublisher.class);

        security.publishAuthenticationFailure(new BadCredentialsException("Bad credentials"), attempt);
        security.publishAuthenticationSuccess(loggedIn);
        publish(new LogoutSuccessEvent(loggedIn));

        List<AuditEntry> recorded = entries("staff:" + login);
        assertThat(recorded)
                .extracting(AuditEntry::action)
                .containsExactly("auth.logout", "auth.login", "auth.login-failed");
        assertThat(recorded).extracting(AuditEntry::actor).containsExactly(login, login, "anonymous");
        assertThat(recorded).extracting(AuditEntry::address).containsOnly("198.51.100.23");
        assertThat(recorded.get(2).detail()).isEqualTo("bad-credentials");
        assertThat(recorded).allSatisfy(e -> assertThat(e.toString()).doesNotContain(PASSWORD));
    }

    @Test
    default void failuresFromApplicationExceptionsAreRecordedToo() {
        String login = ContentFixtures.unique("locked-out");
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(login, PASSWORD);

        bean(AuthenticationEventPublisher.class)
                .publishAuthenticationFailure(new TestLockoutException("too many tries"), attempt);

        AuditEntry entry = entryFor("staff:" + login);
        assertThat(entry.action()).isEqualTo("auth.login-failed");
        assertThat(entry.detail()).isEqualTo("test-lockout");
        assertThat(entry.address()).as("no details, no request").isNull();
    }

    @Test
    default void formLoginsFailuresAndLogoutsOverHttpAreRecordedWithTheClientAddress() {
        String login = ContentFixtures.unique("login-audit");
        staffAccount(login, StaffRole.EDITOR);

        newStaffSession().login(login, "Wrong-Password-1");
        StaffSession session = newStaffSession();
        session.login(login, SiteTestSupport.STAFF_PASSWORD);
        session.page("/admin/account"); // the CSRF token changes at login
        assertThat(session.post("/logout", Map.of()).statusCode()).isEqualTo(302);

        List<AuditEntry> recorded = entries("staff:" + login).stream()
                .filter(e -> e.action().startsWith("auth."))
                .toList();
        assertThat(recorded)
                .extracting(AuditEntry::action)
                .containsExactly("auth.logout", "auth.login", "auth.login-failed");
        assertThat(recorded).extracting(AuditEntry::address).containsOnly("127.0.0.1");
        assertThat(recorded)
                .allSatisfy(e -> assertThat(e.toString())
                        .doesNotContain("Wrong-Password-1")
                        .doesNotContain(SiteTestSupport.STAFF_PASSWORD));
    }

    @Test
    default void anEventDuringARequestRecordsTheClientAddressTrustingForwardingOnlyFromProxies() {
        String direct = ContentFixtures.unique("article");
        String proxied = ContentFixtures.unique("article");

        duringRequestFrom(
                "198.51.100.7",
                "203.0.113.99",
                () -> inTransaction(
                        () -> publish(new TestNoteRecorded("admin", direct, "direct client forging the header"))));
        duringRequestFrom(
                "127.0.0.1",
                "203.0.113.99",
                () -> inTransaction(() -> publish(new TestNoteRecorded("admin", proxied, "through the local proxy"))));

        assertThat(entryFor(direct).address()).isEqualTo("198.51.100.7");
        assertThat(entryFor(proxied).address()).isEqualTo("203.0.113.99");
    }

    @Test
    default void throttledLoginsAreRecordedOncePerKeyAndWindowAndSummedUpWhenTheWindowHasPassed() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T00:00:00Z"));
        ThrottledLogins throttled = new ThrottledLogins(
                bean(AuditChain.class),
                bean(ThrottledLoginTallyRepository.class),
                new ThrottledLogins.Window(Duration.ofMinutes(15), 100),
                clock);
        String subject = "staff:" + ContentFixtures.unique("flood");

        for (int i = 0; i < 250; i++) {
            throttled.refused(subject, "203.0.113.50");
        }
        throttled.refused(subject, "203.0.113.51");
        clock.advance(Duration.ofMinutes(14));
        throttled.recordPassedWindows();
        assertThat(entries(subject))
                .extracting(AuditEntry::detail)
                .containsExactly(
                        "login-throttled",
                        "login-throttled count=100 since=2026-12-07T00:00:00Z",
                        "login-throttled count=100 since=2026-12-07T00:00:00Z",
                        "login-throttled");
        clock.advance(Duration.ofMinutes(1));
        throttled.recordPassedWindows();

        List<AuditEntry> recorded = entries(subject);
        assertThat(recorded)
                .extracting(AuditEntry::detail)
                .containsExactly(
                        "login-throttled count=49 since=2026-12-07T00:00:00Z",
                        "login-throttled",
                        "login-throttled count=100 since=2026-12-07T00:00:00Z",
                        "login-throttled count=100 since=2026-12-07T00:00:00Z",
                        "login-throttled");
        assertThat(recorded).extracting(AuditEntry::action).containsOnly("auth.login-failed");
        assertThat(recorded).extracting(AuditEntry::actor).containsOnly("anonymous");
        assertThat(recorded.get(0).address()).isEqualTo("203.0.113.50");
        assertThat(recorded.get(1).address()).isEqualTo("203.0.113.51");
    }

    @Test
    default void staffAccountChangesAreRecordedThroughTheirEvent() {
        String login = ContentFixtures.unique("new-colleague");

        staffAccount(login, StaffRole.REPORTER);

        assertThat(entries("staff:" + login)).extracting(AuditEntry::action).contains("staff.created");
    }

    private void duringRequestFrom(String peer, String forwardedFor, Runnable work) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/articles/1/approve");
        request.setRemoteAddr(peer);
        request.addHeader("X-Forwarded-For", forwardedFor);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            work.run();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** An application's own authentication failure, unknown to Spring Security's event mapping. */
    class TestLockoutException extends AuthenticationException {
        TestLockoutException(String message) {
            super(message);
        }
    }
}

package com.masthead.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.SqliteSiteTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The staff session rules on the running application's own beans and database: the absolute lifetime counted from
 * the login (the session's recorded login instant is set back instead of waiting twelve hours), and the bootstrap
 * API token written to an owner-only file instead of the log.
 */
class StaffSessionsSqliteIntegrationTests extends SqliteSiteTest {

    @Autowired
    StaffSessions sessions;

    @Autowired
    Clock clock;

    @Value("${masthead.data-dir}")
    Path dataDir;

    @Test
    void aSessionEndsTwelveHoursAfterItsLoginHoweverActiveItIs() {
        StaffAccount account = staffAccount("lifetime-check", StaffRole.REPORTER);

        assertThat(sessions.check(loggedInAgo(account, Duration.ofHours(12).minusMinutes(1)), account.asMember()))
                .isEqualTo(StaffSessions.Verdict.VALID);
        assertThat(sessions.check(loggedInAgo(account, Duration.ofHours(12)), account.asMember()))
                .isEqualTo(StaffSessions.Verdict.ENDED);
    }

    @Test
    void aSessionWithoutItsLoginStampOrFromAnOlderGenerationHasEnded() {
        StaffAccount account = staffAccount("generation-check", StaffRole.REPORTER);
        MockHttpServletRequest unstamped = new MockHttpServletRequest();
        unstamped.getSession(true);
        MockHttpServletRequest current = loggedInAgo(account, Duration.ofMinutes(1));

        staffAccounts.endSessions(account.login());

        assertThat(sessions.check(unstamped, account.asMember())).isEqualTo(StaffSessions.Verdict.ENDED);
        assertThat(sessions.check(current, account.asMember())).isEqualTo(StaffSessions.Verdict.ENDED);
    }

    @Test
    void theBootstrapApiTokenIsWrittenToAnOwnerOnlyFileInTheDataDirectory() throws Exception {
        Path file = dataDir.resolve("api-token-initial-admin.txt");

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String token = Files.readString(file).strip();
        assertThat(tokens.authenticate(token))
                .hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(StaffRole.ADMIN));
    }

    private MockHttpServletRequest loggedInAgo(StaffAccount account, Duration ago) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        sessions.started(request, account.login());
        request.getSession().setAttribute(StaffSessions.LOGIN_AT, clock.millis() - ago.toMillis());
        return request;
    }
}

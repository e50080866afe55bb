package com.masthead.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.SqliteSiteTest;
import org.junit.jupiter.api.Test;

/** {@code --masthead.revoke-token=<id or name>}: the command-line way to revoke a token. */
class ApiTokenRevocationSqliteIntegrationTests extends SqliteSiteTest {

    @Test
    void revokesEveryUsableTokenWithTheGivenName() {
        String first = tokens.issue("cli-leaked", StaffRole.EDITOR).secret();
        String second = tokens.issue("cli-leaked", StaffRole.REPORTER).secret();
        String other = tokens.issue("cli-kept", StaffRole.REPORTER).secret();

        startWith("cli-leaked");

        assertThat(tokens.authenticate(first)).isEmpty();
        assertThat(tokens.authenticate(second)).isEmpty();
        assertThat(tokens.authenticate(other)).isPresent();
    }

    @Test
    void revokesTheTokenWithTheGivenIdAndRecordsWhoRevokedIt() {
        IssuedApiToken issued = tokens.issue("cli-by-id", StaffRole.EDITOR);

        startWith(String.valueOf(issued.id()));

        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(tokens.find(issued.id()).revokedBy()).isEqualTo("system");
    }

    private void startWith(String revokeToken) {
        new ApiTokenRevocation(tokens, new StaffCommands(null, null, revokeToken)).run(null);
    }
}

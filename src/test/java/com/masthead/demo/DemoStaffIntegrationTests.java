package com.masthead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffRole;
import com.masthead.support.SqliteSiteTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * A demo start (the test application seeds the demo newspaper) also opens one account per newsroom role, each with
 * a generated one-time password, so a newcomer can walk a story through 三审; a second start adds nothing.
 */
class DemoStaffIntegrationTests extends SqliteSiteTest {

    @Autowired
    DemoStaff demoStaff;

    @Test
    void aDemoStartOpensOneAccountPerNewsroomRoleWithAOneTimePassword() {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (DemoStaff.Person person : DemoStaff.PEOPLE) {
            StaffAccount account = staffAccounts.findByLogin(person.login()).orElseThrow();
            assertThat(account.roles()).containsExactly(person.role());
            assertThat(account.channelIds()).isEmpty();
            assertThat(account.active()).isTrue();
            assertThat(database()
                            .sql("select must_change_password from staff_account where login = :login")
                            .param("login", person.login())
                            .query(Boolean.class)
                            .single())
                    .as(person.login())
                    .isTrue();
            roles.add(person.role());
        }
        assertThat(roles)
                .containsExactlyInAnyOrder(
                        StaffRole.REPORTER,
                        StaffRole.EDITOR,
                        StaffRole.SECTION_CHIEF,
                        StaffRole.EDITOR_IN_CHIEF,
                        StaffRole.MODERATOR);
    }

    @Test
    void aSecondStartKeepsTheAccountsAndTheirPasswords() {
        List<String> before = passwordHashes();

        demoStaff.run(new DefaultApplicationArguments());

        assertThat(passwordHashes()).isEqualTo(before).hasSize(DemoStaff.PEOPLE.size());
    }

    private List<String> passwordHashes() {
        return database()
                .sql("select password_hash from staff_account where login like 'demo-%' order by login")
                .query(String.class)
                .list();
    }
}

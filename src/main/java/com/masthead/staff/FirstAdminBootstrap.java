package com.masthead.staff;

import com.masthead.shared.BootstrapLock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No default passwords: on a start with no active admin account, creates one ({@code masthead.first-admin.login},
 * default {@code admin}) with a generated password logged once. {@code --masthead.reset-password=LOGIN} sets a new
 * generated password for an existing account and logs it (for a locked-out admin with shell access). Either
 * password is one-time: it must be changed at the first login before any other staff page opens, and until then
 * it cannot be used for anything else. Instances that start together on one database take turns ({@link
 * BootstrapLock}), so exactly one creates the first admin.
 */
@Component
// before ApiTokenBootstrap (unordered runners come last), so that the first start's token has an owner
@Order(0)
@EnableConfigurationProperties({FirstAdminProperties.class, StaffCommands.class})
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final StaffAccounts accounts;
    private final FirstAdminProperties firstAdmin;
    private final StaffCommands commands;
    private final BootstrapLock bootstrapLock;

    FirstAdminBootstrap(
            StaffAccounts accounts,
            FirstAdminProperties firstAdmin,
            StaffCommands commands,
            BootstrapLock bootstrapLock) {
        this.accounts = accounts;
        this.firstAdmin = firstAdmin;
        this.commands = commands;
        this.bootstrapLock = bootstrapLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrapLock.runAlone("first admin", this::bootstrap);
    }

    private void bootstrap() {
        String reset = commands.resetPassword();
        if (reset != null) {
            accounts.findByLogin(reset)
                    .ifPresentOrElse(
                            a -> announce(a.login(), accounts.resetPassword(a.id(), "system")),
                            () -> log.error("No staff account with login {}", reset));
        }
        if (!accounts.anyActiveAdmin()) {
            String login = firstAdmin.login();
            String password = GeneratedPasswords.next();
            accounts.createWithOneTimePassword(
                    new NewStaffAccount(
                            login, firstAdmin.name(), firstAdmin.email(), Set.of(StaffRole.ADMIN), Set.of(), password),
                    "system");
            announce(login, password);
        }
    }

    private static void announce(String login, String password) {
        log.warn("""

                ================================================================
                 Staff login "{}" at /login, one-time password (shown only this once):
                   {}
                 The first login asks for a new password before anything else.
                ================================================================""", login, password);
    }
}

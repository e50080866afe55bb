package com.masthead.staff;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * No default passwords: on a start with no active admin account, creates one ({@code masthead.first-admin.login},
 * default {@code admin}) with a generated password logged once. {@code --masthead.reset-password=LOGIN} sets a new
 * generated password for an existing account and logs it (for a locked-out admin with shell access). Either
 * password is one-time: it must be changed at the first login before any other staff page opens, and until then
 * it cannot be used for anything else.
 */
@Component
// before ApiTokenBootstrap (unordered runners come last), so that the first start's token has an owner
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final StaffAccounts accounts;
    private final Environment environment;

    FirstAdminBootstrap(StaffAccounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String reset = environment.getProperty("masthead.reset-password");
        if (reset != null && !reset.isBlank()) {
            accounts.findByLogin(reset.strip())
                    .ifPresentOrElse(
                            a -> announce(a.login(), accounts.resetPassword(a.id(), "system")),
                            () -> log.error("No staff account with login {}", reset.strip()));
        }
        if (!accounts.anyActiveAdmin()) {
            String login = environment.getProperty("masthead.first-admin.login", "admin");
            String email = environment.getProperty("masthead.first-admin.email", "admin@localhost.invalid");
            String name = environment.getProperty("masthead.first-admin.name", "Administrator");
            String password = GeneratedPasswords.next();
            accounts.createWithOneTimePassword(
                    new NewStaffAccount(login, name, email, Set.of(StaffRole.ADMIN), Set.of(), password), "system");
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

package com.masthead.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure an installation is never locked out and never has a default secret: on a start with no active
 * token it issues one admin token and logs it once. {@code --masthead.create-token=NAME:ROLE} issues another
 * token on demand (documented in the README).
 */
@Component
class ApiTokenBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenBootstrap.class);

    private final ApiTokens tokens;
    private final Environment environment;

    ApiTokenBootstrap(ApiTokens tokens, Environment environment) {
        this.tokens = tokens;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String requested = environment.getProperty("masthead.create-token");
        if (requested != null && !requested.isBlank()) {
            String[] parts = requested.split(":", 2);
            StaffRole role =
                    parts.length > 1 ? StaffRole.valueOf(parts[1].trim().toUpperCase()) : StaffRole.ADMIN;
            announce(tokens.issue(parts[0].trim(), role));
        } else if (!tokens.anyActive()) {
            announce(tokens.issue("initial-admin", StaffRole.ADMIN));
        }
    }

    private static void announce(IssuedApiToken token) {
        log.warn("""

                ================================================================
                 New API token "{}" with role {} (shown only this once):
                   {}
                 Use it as:  Authorization: Bearer <token>
                ================================================================""", token.name(), token.role(), token.secret());
    }
}

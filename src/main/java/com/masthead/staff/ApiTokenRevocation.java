package com.masthead.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --masthead.revoke-token=<id or name>} revokes a token from the command line (for an operator with shell
 * access, e.g. after a leak): the token with that id, or every usable token with that name. Audited as
 * {@code system}.
 */
@Component
class ApiTokenRevocation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenRevocation.class);

    private final ApiTokens tokens;
    private final StaffCommands commands;

    ApiTokenRevocation(ApiTokens tokens, StaffCommands commands) {
        this.tokens = tokens;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        String requested = commands.revokeToken();
        if (requested == null) {
            return;
        }
        var revoked = tokens.revokeByIdOrName(requested, "system");
        if (revoked.isEmpty()) {
            log.error("No usable API token with id or name {}", requested);
        }
        revoked.forEach(t -> log.warn("Revoked API token {} (id {}, prefix {})", t.name(), t.id(), t.prefix()));
    }
}

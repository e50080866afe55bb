package com.masthead.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One-shot operator commands given at start ({@code --masthead.reset-password=LOGIN}, {@code
 * --masthead.create-token=NAME:ROLE}, {@code --masthead.revoke-token=ID_OR_NAME}); each is unset by default and
 * then does nothing.
 *
 * @param resetPassword login of the account that gets a new one-time password
 * @param createToken name and role of an API token to issue
 * @param revokeToken id or name of the API token(s) to revoke
 */
@ConfigurationProperties("masthead")
record StaffCommands(String resetPassword, String createToken, String revokeToken) {

    StaffCommands {
        resetPassword = blankToNull(resetPassword);
        createToken = blankToNull(createToken);
        revokeToken = blankToNull(revokeToken);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package com.masthead.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The admin account created on a start with no active admin ({@code masthead.first-admin.*}).
 *
 * @param login its login, default {@code admin}
 * @param email its address, default {@code admin@localhost.invalid}
 * @param name its display name, default {@code Administrator}
 */
@ConfigurationProperties("masthead.first-admin")
record FirstAdminProperties(String login, String email, String name) {

    FirstAdminProperties {
        login = login == null || login.isBlank() ? "admin" : login.strip();
        email = email == null || email.isBlank() ? "admin@localhost.invalid" : email.strip();
        name = name == null || name.isBlank() ? "Administrator" : name.strip();
    }
}

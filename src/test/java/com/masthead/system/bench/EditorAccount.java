package com.masthead.system.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** An editor account for the bench, written straight into the database (the bench is test code). */
final class EditorAccount {

    private EditorAccount() {}

    static void create(String jdbc, String login, String password) throws Exception {
        String hash = "{argon2}"
                + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(password);
        long now = System.currentTimeMillis();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                PreparedStatement account = db.prepareStatement(
                        "insert into staff_account (login, real_name, email, password_hash, active, created_at,"
                                + " password_changed_at) values (?, ?, ?, ?, true, ?, ?) returning id")) {
            account.setString(1, login);
            account.setString(2, "压测编辑");
            account.setString(3, login + "@example.test");
            account.setString(4, hash);
            account.setLong(5, now);
            account.setLong(6, now);
            try (ResultSet id = account.executeQuery()) {
                id.next();
                try (PreparedStatement role =
                        db.prepareStatement("insert into staff_account_role (account_id, role) values (?, 'EDITOR')")) {
                    role.setLong(1, id.getLong(1));
                    role.executeUpdate();
                }
            }
        }
    }
}

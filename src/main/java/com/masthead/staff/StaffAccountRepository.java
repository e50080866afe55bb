package com.masthead.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffAccountRepository {

    private static final String COLUMNS =
            "id, login, real_name, email, active, created_at, password_changed_at, version";

    private final JdbcClient jdbc;

    StaffAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewStaffAccount account, String hash, long now) {
        long id = jdbc.sql("""
                        insert into staff_account
                            (login, real_name, email, password_hash, active, created_at, password_changed_at)
                        values (:login, :realName, :email, :hash, true, :now, :now) returning id""")
                .param("login", account.login())
                .param("realName", account.realName())
                .param("email", account.email())
                .param("hash", hash)
                .param("now", now)
                .query(Long.class)
                .single();
        replaceRoles(id, account.roles());
        replaceChannels(id, account.channelIds());
        return id;
    }

    void replaceRoles(long id, Set<StaffRole> roles) {
        jdbc.sql("delete from staff_account_role where account_id = :id")
                .param("id", id)
                .update();
        for (StaffRole role : roles) {
            jdbc.sql("insert into staff_account_role (account_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
    }

    void replaceChannels(long id, Set<Long> channels) {
        jdbc.sql("delete from staff_account_channel where account_id = :id")
                .param("id", id)
                .update();
        for (Long channel : channels) {
            jdbc.sql("insert into staff_account_channel (account_id, channel_id) values (:id, :channel)")
                    .param("id", id)
                    .param("channel", channel)
                    .update();
        }
    }

    boolean update(long id, String realName, String email, boolean active, int expectedVersion) {
        return jdbc.sql("""
                        update staff_account set real_name = :realName, email = :email, active = :active,
                            version = version + 1
                        where id = :id and version = :version""")
                        .param("realName", realName)
                        .param("email", email)
                        .param("active", active)
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                == 1;
    }

    /** Sets a new password, says whether it must be changed at the next login, and ends the account's sessions. */
    void updatePassword(long id, String hash, long now, boolean mustChange) {
        jdbc.sql("""
                        update staff_account set password_hash = :hash, password_changed_at = :now,
                            must_change_password = :mustChange, session_generation = session_generation + 1,
                            version = version + 1
                        where id = :id""")
                .param("hash", hash)
                .param("now", now)
                .param("mustChange", mustChange)
                .param("id", id)
                .update();
    }

    /** The same password, hashed with today's parameters. */
    void rehash(String login, String hash) {
        jdbc.sql("update staff_account set password_hash = :hash where login = :login")
                .param("hash", hash)
                .param("login", login)
                .update();
    }

    /** Ends every session of the account: each one carries an older generation from now on. */
    void endSessions(long id) {
        jdbc.sql("update staff_account set session_generation = session_generation + 1 where id = :id")
                .param("id", id)
                .update();
    }

    void requirePasswordChange(long id) {
        jdbc.sql("update staff_account set must_change_password = true where id = :id")
                .param("id", id)
                .update();
    }

    /** What a staff request checks its session against; one read by the unique login index. */
    Optional<SessionState> sessionState(String login) {
        return jdbc.sql("""
                        select active, session_generation, must_change_password from staff_account
                        where login = :login""")
                .param("login", login)
                .query((rs, n) -> new SessionState(
                        rs.getBoolean("active"),
                        rs.getLong("session_generation"),
                        rs.getBoolean("must_change_password")))
                .optional();
    }

    record SessionState(boolean active, long generation, boolean mustChangePassword) {}

    Optional<String> passwordHash(String login) {
        return jdbc.sql("select password_hash from staff_account where login = :login")
                .param("login", login)
                .query(String.class)
                .optional();
    }

    Optional<StaffAccount> findByLogin(String login) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where login = :login")
                .param("login", login)
                .query(this::withoutRoles)
                .optional()
                .map(this::withRoles);
    }

    Optional<StaffAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where id = :id")
                .param("id", id)
                .query(this::withoutRoles)
                .optional()
                .map(this::withRoles);
    }

    List<StaffAccount> findAll() {
        List<StaffAccount> accounts = jdbc.sql("select " + COLUMNS + " from staff_account order by login")
                .query(this::withoutRoles)
                .list();
        Map<Long, Set<StaffRole>> roles = new HashMap<>();
        jdbc.sql("select account_id, role from staff_account_role").query(rs -> {
            roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(StaffRole.class))
                    .add(StaffRole.valueOf(rs.getString(2)));
        });
        Map<Long, Set<Long>> channels = new HashMap<>();
        jdbc.sql("select account_id, channel_id from staff_account_channel").query(rs -> {
            channels.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        return accounts.stream()
                .map(a -> copy(a, roles.getOrDefault(a.id(), Set.of()), channels.getOrDefault(a.id(), Set.of())))
                .toList();
    }

    boolean anyActiveAdmin() {
        return jdbc.sql("""
                        select count(*) from staff_account a join staff_account_role r on r.account_id = a.id
                        where a.active and r.role = 'ADMIN'""").query(Long.class).single() > 0;
    }

    boolean loginTaken(String login) {
        return jdbc.sql("select count(*) from staff_account where login = :login")
                        .param("login", login)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private StaffAccount withRoles(StaffAccount account) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        jdbc.sql("select role from staff_account_role where account_id = :id")
                .param("id", account.id())
                .query(String.class)
                .list()
                .forEach(r -> roles.add(StaffRole.valueOf(r)));
        Set<Long> channels =
                new HashSet<>(jdbc.sql("select channel_id from staff_account_channel where account_id = :id")
                        .param("id", account.id())
                        .query(Long.class)
                        .list());
        return copy(account, roles, channels);
    }

    private static StaffAccount copy(StaffAccount a, Set<StaffRole> roles, Set<Long> channels) {
        return new StaffAccount(
                a.id(),
                a.login(),
                a.realName(),
                a.email(),
                roles,
                channels,
                a.active(),
                a.createdAt(),
                a.passwordChangedAt(),
                a.version());
    }

    private StaffAccount withoutRoles(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(
                rs.getLong("id"),
                rs.getString("login"),
                rs.getString("real_name"),
                rs.getString("email"),
                Set.of(),
                Set.of(),
                rs.getBoolean("active"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("password_changed_at")),
                rs.getInt("version"));
    }
}

package com.masthead.staff;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed staff logins per key ({@code login_failure}), shared by every instance. A failure is counted with one
 * atomic upsert (a row lock on PostgreSQL, the one writer on SQLite), so concurrent failures on several instances
 * are all counted.
 */
@Repository
class LoginFailureRepository {

    private final JdbcClient jdbc;

    LoginFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of those of {@code keys} that have one (expired ones included). */
    Map<String, Failures> find(Collection<String> keys) {
        Map<String, Failures> found = new LinkedHashMap<>();
        jdbc.sql("select id, failures, first_at, last_at from login_failure where id in (:keys)")
                .param("keys", List.copyOf(keys))
                .query((rs, n) -> Map.entry(
                        rs.getString("id"),
                        new Failures(
                                rs.getInt("failures"),
                                Instant.ofEpochMilli(rs.getLong("first_at")),
                                Instant.ofEpochMilli(rs.getLong("last_at")))))
                .list()
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    /**
     * Counts one failure of {@code key} at {@code now}: the count goes up by one, or starts again at one when
     * its window has passed, that is when its first failure ({@code fromFirst}) or else its last one is at or
     * before {@code windowStart}.
     */
    void count(String key, Instant now, Instant windowStart, boolean fromFirst) {
        jdbc.sql("""
                        insert into login_failure (id, failures, first_at, last_at) values (:id, 1, :now, :now)
                        on conflict (id) do update set
                            failures = case when (case when :fromFirst = 1 then login_failure.first_at
                                    else login_failure.last_at end) <= :windowStart
                                then 1 else login_failure.failures + 1 end,
                            first_at = case when (case when :fromFirst = 1 then login_failure.first_at
                                    else login_failure.last_at end) <= :windowStart
                                then :now else login_failure.first_at end,
                            last_at = :now
                        """)
                .param("id", key)
                .param("now", now.toEpochMilli())
                .param("windowStart", windowStart.toEpochMilli())
                .param("fromFirst", fromFirst ? 1 : 0)
                .update();
    }

    void clear(Collection<String> keys) {
        jdbc.sql("delete from login_failure where id in (:keys)")
                .param("keys", List.copyOf(keys))
                .update();
    }

    /** Deletes counts whose last failure is at or before {@code before}; returns how many. */
    int forgetLastBefore(Instant before) {
        return jdbc.sql("delete from login_failure where last_at <= :before")
                .param("before", before.toEpochMilli())
                .update();
    }

    /** Failures of one key: how many, the first (start of the address window) and the last (start of the delay). */
    record Failures(int count, Instant first, Instant last) {}
}

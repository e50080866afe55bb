package com.masthead.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads ShedLock's lock rows ({@code shedlock}); ShedLock itself writes them. */
@Repository
class JobLockRepository {

    private final JdbcClient jdbc;

    JobLockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the lock {@code name} is not held at {@code now} (no row, or its hold has run out). */
    boolean looksFree(String name, Instant now) {
        Optional<Timestamp> until = jdbc.sql("select lock_until from shedlock where name = :name")
                .param("name", name)
                .query((rs, n) -> rs.getTimestamp("lock_until"))
                .optional();
        return until.isEmpty() || !until.get().toInstant().isAfter(now);
    }
}

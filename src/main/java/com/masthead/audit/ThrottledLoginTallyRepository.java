package com.masthead.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Refused-login tallies ({@code throttled_login_tally}), shared by every instance. Each change is one statement:
 * counting is an atomic upsert, and taking a tally for a summary is a conditional update or a delete, so exactly
 * one instance writes each summary.
 */
@Repository
class ThrottledLoginTallyRepository {

    private static final String COLUMNS = "id, subject, address, window_start, refused, recorded";

    private final JdbcClient jdbc;

    ThrottledLoginTallyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one refusal; a new tally starts its window at {@code now} with its first refusal recorded. */
    Tally count(String id, String subject, String address, Instant now) {
        return jdbc.sql("insert into throttled_login_tally (" + COLUMNS + ")"
                        + " values (:id, :subject, :address, :now, 1, 1)"
                        + " on conflict (id) do update set refused = throttled_login_tally.refused + 1"
                        + " returning " + COLUMNS)
                .param("id", id)
                .param("subject", subject)
                .param("address", address)
                .param("now", now.toEpochMilli())
                .query(ThrottledLoginTallyRepository::tally)
                .single();
    }

    /** Marks {@code tally}'s refusals recorded, unless another instance did since it was read. */
    boolean claim(Tally tally) {
        return jdbc.sql("update throttled_login_tally set recorded = :refused where id = :id and recorded = :recorded")
                        .param("refused", tally.refused())
                        .param("id", tally.id())
                        .param("recorded", tally.recorded())
                        .update()
                == 1;
    }

    /** Takes out the tally {@code id} if its window started at or before {@code windowStart}. */
    Optional<Tally> takeIfPassed(String id, Instant windowStart) {
        return jdbc.sql("delete from throttled_login_tally where id = :id and window_start <= :windowStart returning "
                        + COLUMNS)
                .param("id", id)
                .param("windowStart", windowStart.toEpochMilli())
                .query(ThrottledLoginTallyRepository::tally)
                .optional();
    }

    /** Takes out every tally whose window started at or before {@code windowStart}. */
    List<Tally> takeAllPassed(Instant windowStart) {
        return jdbc.sql("delete from throttled_login_tally where window_start <= :windowStart returning " + COLUMNS)
                .param("windowStart", windowStart.toEpochMilli())
                .query(ThrottledLoginTallyRepository::tally)
                .list();
    }

    private static Tally tally(ResultSet rs, int row) throws SQLException {
        return new Tally(
                rs.getString("id"),
                rs.getString("subject"),
                rs.getString("address"),
                Instant.ofEpochMilli(rs.getLong("window_start")),
                rs.getInt("refused"),
                rs.getInt("recorded"));
    }

    /** Refusals of one subject and address in the window from {@code start}; {@code recorded} of them written. */
    record Tally(String id, String subject, String address, Instant start, int refused, int recorded) {}
}

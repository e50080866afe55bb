package com.masthead.comment;

import com.masthead.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bans of commenting clients ({@code comment_ban}). */
@Repository
class CommentBanRepository {

    private static final String COLUMNS =
            "id, kind, value, reason, created_at, created_by, expires_at, lifted_at, lifted_by";

    private final JdbcClient jdbc;

    CommentBanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(BanKind kind, String value, String reason, Instant now, String actor, Instant until) {
        return jdbc.sql("""
                        insert into comment_ban (kind, value, reason, created_at, created_by, expires_at)
                        values (:kind, :value, :reason, :now, :actor, :until) returning id""")
                .param("kind", kind.name())
                .param("value", value)
                .param("reason", reason)
                .param("now", now.toEpochMilli())
                .param("actor", actor)
                .param("until", until.toEpochMilli())
                .query(Long.class)
                .single();
    }

    void lift(long id, Instant now, String actor) {
        jdbc.sql("update comment_ban set lifted_at = :now, lifted_by = :actor where id = :id")
                .param("now", now.toEpochMilli())
                .param("actor", actor)
                .param("id", id)
                .update();
    }

    /** Bans neither lifted nor expired at {@code now}, newest first. */
    List<CommentBan> inForce(Instant now) {
        return jdbc.sql("select " + COLUMNS
                        + " from comment_ban where lifted_at is null and expires_at > :now order by id desc")
                .param("now", now.toEpochMilli())
                .query(CommentBanRepository::ban)
                .list();
    }

    /** Whether a ban in force at {@code now} names the address or the fingerprint. */
    boolean anyInForce(String address, String fingerprint, Instant now) {
        return jdbc.sql("""
                        select count(*) from comment_ban
                        where lifted_at is null and expires_at > :now
                          and ((kind = 'ADDRESS' and value = :address) or (kind = 'FINGERPRINT' and value = :fp))""")
                        .param("now", now.toEpochMilli())
                        .param("address", address)
                        .param("fp", fingerprint)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<CommentBan> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from comment_ban where id = :id")
                .param("id", id)
                .query(CommentBanRepository::ban)
                .optional();
    }

    private static CommentBan ban(ResultSet rs, int n) throws SQLException {
        return new CommentBan(
                rs.getLong("id"),
                BanKind.valueOf(rs.getString("kind")),
                rs.getString("value"),
                rs.getString("reason"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                rs.getString("created_by"),
                Instant.ofEpochMilli(rs.getLong("expires_at")),
                Rows.instant(rs, "lifted_at"),
                rs.getString("lifted_by"));
    }
}

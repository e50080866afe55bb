package com.masthead.staff;

import com.masthead.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private static final String VIEW = """
            select t.id, t.name, t.token_prefix, t.role, a.login as owner, t.issued_by, t.created_at, t.expires_at,
                t.last_used_at, t.revoked_at, t.revoked_by
            from api_token t left join staff_account a on a.id = t.owner_id""";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(IssuedRow row) {
        return jdbc.sql("""
                        insert into api_token
                            (name, token_hash, token_prefix, role, owner_id, issued_by, created_at, expires_at)
                        values (:name, :hash, :prefix, :role, :owner, :issuedBy, :now, :expires) returning id""")
                .param("name", row.name())
                .param("hash", row.hash())
                .param("prefix", row.prefix())
                .param("role", row.role().name())
                .param("owner", row.ownerId())
                .param("issuedBy", row.issuedBy())
                .param("now", row.createdAt())
                .param("expires", row.expiresAt())
                .query(Long.class)
                .single();
    }

    /**
     * The principal for a token hash that is neither revoked nor expired at {@code now} and whose owner (if any) is
     * an active account, with the owner's channel limits.
     */
    Optional<ApiPrincipal> findUsableByHash(String hash, long now) {
        Optional<OwnedToken> token = jdbc.sql("""
                        select t.id, t.name, t.role, t.owner_id, a.login
                        from api_token t left join staff_account a on a.id = t.owner_id
                        where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now
                            and (t.owner_id is null or a.active = true)""")
                .param("hash", hash)
                .param("now", now)
                .query((rs, n) -> new OwnedToken(
                        rs.getLong("id"),
                        rs.getString("name"),
                        StaffRole.valueOf(rs.getString("role")),
                        Rows.nullableLong(rs, "owner_id"),
                        rs.getString("login")))
                .optional();
        return token.map(t -> new ApiPrincipal(
                t.id(), t.name(), t.role(), t.ownerLogin(), t.ownerId() == null ? Set.of() : channels(t.ownerId())));
    }

    private Set<Long> channels(long accountId) {
        return Set.copyOf(jdbc.sql("select channel_id from staff_account_channel where account_id = :id")
                .param("id", accountId)
                .query(Long.class)
                .list());
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql(VIEW + " where t.id = :id")
                .param("id", id)
                .query(this::token)
                .optional();
    }

    /** Every token, newest first. */
    List<ApiToken> all() {
        return jdbc.sql(VIEW + " order by t.id desc").query(this::token).list();
    }

    List<Long> usableIdsByName(String name, long now) {
        return jdbc.sql("select id from api_token where name = :name and revoked_at is null and expires_at > :now")
                .param("name", name)
                .param("now", now)
                .query(Long.class)
                .list();
    }

    /** True when the token was not revoked before. */
    boolean revoke(long id, String by, long now) {
        return jdbc.sql("""
                        update api_token set revoked_at = :now, revoked_by = :by
                        where id = :id and revoked_at is null""").param("now", now).param("by", by).param("id", id).update() == 1;
    }

    void touch(long id, long now) {
        jdbc.sql("update api_token set last_used_at = :now where id = :id")
                .param("now", now)
                .param("id", id)
                .update();
    }

    long countUsable(long now) {
        return jdbc.sql("select count(*) from api_token where revoked_at is null and expires_at > :now")
                .param("now", now)
                .query(Long.class)
                .single();
    }

    private ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                StaffRole.valueOf(rs.getString("role")),
                rs.getString("owner"),
                rs.getString("issued_by"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "expires_at"),
                Rows.instant(rs, "last_used_at"),
                Rows.instant(rs, "revoked_at"),
                rs.getString("revoked_by"));
    }

    /** A token to store: only the hash of its secret. */
    record IssuedRow(
            String name,
            String hash,
            String prefix,
            StaffRole role,
            Long ownerId,
            String issuedBy,
            long createdAt,
            long expiresAt) {}

    private record OwnedToken(long id, String name, StaffRole role, Long ownerId, String ownerLogin) {}
}

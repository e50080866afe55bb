package com.masthead.staff;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String hash, String prefix, StaffRole role, long now) {
        return jdbc.sql("""
                        insert into api_token (name, token_hash, token_prefix, role, created_at)
                        values (:name, :hash, :prefix, :role, :now) returning id""")
                .param("name", name)
                .param("hash", hash)
                .param("prefix", prefix)
                .param("role", role.name())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    Optional<ApiPrincipal> findActiveByHash(String hash) {
        return jdbc.sql("select id, name, role from api_token where token_hash = :hash and revoked_at is null")
                .param("hash", hash)
                .query((rs, n) -> new ApiPrincipal(
                        rs.getLong("id"), rs.getString("name"), StaffRole.valueOf(rs.getString("role"))))
                .optional();
    }

    void touch(long id, long now) {
        jdbc.sql("update api_token set last_used_at = :now where id = :id")
                .param("now", now)
                .param("id", id)
                .update();
    }

    long countActive() {
        return jdbc.sql("select count(*) from api_token where revoked_at is null")
                .query(Long.class)
                .single();
    }
}

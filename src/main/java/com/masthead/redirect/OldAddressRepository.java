package com.masthead.redirect;

import com.masthead.shared.Rows;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code old_address} table. */
@Repository
class OldAddressRepository {

    private final JdbcClient jdbc;

    OldAddressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> targetOf(String oldPath) {
        return jdbc.sql("select target_path from old_address where old_path = :path")
                .param("path", oldPath)
                .query(String.class)
                .optional();
    }

    boolean isEmpty() {
        return jdbc.sql("select id from old_address limit 1")
                .query(Long.class)
                .optional()
                .isEmpty();
    }

    void insert(OldAddress address, long now) {
        jdbc.sql("""
                        insert into old_address (old_path, target_path, origin, created_at)
                        values (:path, :target, :origin, :now)""")
                .param("path", address.oldPath())
                .param("target", address.targetPath())
                .param("origin", address.origin())
                .param("now", now)
                .update();
    }

    List<OldAddress> page(int limit, long offset) {
        return jdbc.sql("""
                        select old_path, target_path, origin, created_at from old_address
                        order by id desc limit :limit offset :offset""")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new OldAddress(
                        rs.getString("old_path"),
                        rs.getString("target_path"),
                        rs.getString("origin"),
                        Rows.instant(rs, "created_at")))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from old_address").query(Long.class).single();
    }
}

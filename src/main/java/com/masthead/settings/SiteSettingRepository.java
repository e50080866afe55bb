package com.masthead.settings;

import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code site_setting}: name/value rows, one of them the settings' {@code version}. */
@Repository
class SiteSettingRepository {

    private final JdbcClient jdbc;

    SiteSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored name with its value. */
    Map<String, String> all() {
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("select name, value from site_setting").query(rs -> {
            stored.put(rs.getString("name"), rs.getString("value"));
        });
        return stored;
    }

    /** Replaces the value of {@code name} (or adds it). */
    void put(String name, String value, long now) {
        jdbc.sql("delete from site_setting where name = :name")
                .param("name", name)
                .update();
        jdbc.sql("insert into site_setting (name, value, updated_at) values (:name, :value, :now)")
                .param("name", name)
                .param("value", value)
                .param("now", now)
                .update();
    }

    /**
     * Moves the stored version from {@code expected} to the next; false when it was not at {@code expected}. The
     * conditional update (or, for the first save, the insert of the version row under its primary key) is what two
     * concurrent saves race for: on PostgreSQL the second waits for the first's row lock and then finds the version
     * moved; SQLite runs write transactions one at a time.
     */
    boolean claimVersion(int expected, long now) {
        if (expected == 0) {
            try {
                return jdbc.sql("insert into site_setting (name, value, updated_at) select 'version', '1', :now"
                                        + " where not exists (select 1 from site_setting where name = 'version')")
                                .param("now", now)
                                .update()
                        == 1;
            } catch (DataIntegrityViolationException e) { // a concurrent first save took the key
                return false;
            }
        }
        return jdbc.sql("update site_setting set value = :next, updated_at = :now"
                                + " where name = 'version' and value = :expected")
                        .param("next", String.valueOf(expected + 1))
                        .param("now", now)
                        .param("expected", String.valueOf(expected))
                        .update()
                == 1;
    }
}

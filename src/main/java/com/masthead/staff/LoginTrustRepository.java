package com.masthead.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LoginTrustRepository {

    static final String ADDRESS = "address";
    static final String DEVICE = "device";

    private final JdbcClient jdbc;

    LoginTrustRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean knows(String login, String kind, String valueHash) {
        return jdbc.sql("""
                        select count(*) from staff_login_trust t join staff_account a on a.id = t.account_id
                        where a.login = :login and t.kind = :kind and t.value_hash = :value""")
                        .param("login", login)
                        .param("kind", kind)
                        .param("value", valueHash)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void remember(String login, String kind, String valueHash, long now) {
        jdbc.sql("""
                        insert into staff_login_trust (account_id, kind, value_hash, last_used_at)
                        select id, :kind, :value, :now from staff_account where login = :login
                        on conflict (account_id, kind, value_hash) do update set last_used_at = excluded.last_used_at""")
                .param("login", login)
                .param("kind", kind)
                .param("value", valueHash)
                .param("now", now)
                .update();
    }
}

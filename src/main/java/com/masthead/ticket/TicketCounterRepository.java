package com.masthead.ticket;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-prefix, per-day ticket sequences ({@code ticket_counter}). */
@Repository
class TicketCounterRepository {

    private final JdbcClient jdbc;

    TicketCounterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds one to the day's sequence of {@code prefix}, starting it at 1, and returns the new value. */
    int bump(String prefix, String day) {
        return jdbc.sql("""
                        insert into ticket_counter (prefix, day, last_value) values (:prefix, :day, 1)
                        on conflict (prefix, day) do update set last_value = ticket_counter.last_value + 1
                        returning last_value""")
                .param("prefix", prefix)
                .param("day", day)
                .query(Integer.class)
                .single();
    }
}

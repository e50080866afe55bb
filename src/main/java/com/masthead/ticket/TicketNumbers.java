package com.masthead.ticket;

import com.masthead.settings.SiteSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates ticket numbers: a prefix, today's date in the site time zone and a per-day sequence, e.g.
 * {@code JC-20261126-0007}. The counter row is bumped with one upsert in the caller's transaction: PostgreSQL
 * locks the row until that transaction ends and SQLite serializes writers, so two submissions never get the same
 * number, and a rolled-back submission gives its number back. Thread-safe.
 */
@Component
public class TicketNumbers {

    private final JdbcClient jdbc;
    private final SiteSettingsService settings;
    private final Clock clock;

    TicketNumbers(JdbcClient jdbc, SiteSettingsService settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The next number of today's sequence for {@code prefix}; must run inside the transaction that inserts it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix) {
        LocalDate today = LocalDate.now(clock.withZone(settings.current().timeZone()));
        String day = TicketNumber.DAY.format(today);
        int value = jdbc.sql("""
                        insert into ticket_counter (prefix, day, last_value) values (:prefix, :day, 1)
                        on conflict (prefix, day) do update set last_value = ticket_counter.last_value + 1
                        returning last_value""")
                .param("prefix", prefix)
                .param("day", day)
                .query(Integer.class)
                .single();
        return TicketNumber.format(prefix, today, value);
    }
}

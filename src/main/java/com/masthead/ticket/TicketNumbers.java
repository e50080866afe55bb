package com.masthead.ticket;

import com.masthead.settings.SiteSettingsService;
import java.time.Clock;
import java.time.LocalDate;
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

    private final TicketCounterRepository counters;
    private final SiteSettingsService settings;
    private final Clock clock;

    TicketNumbers(TicketCounterRepository counters, SiteSettingsService settings, Clock clock) {
        this.counters = counters;
        this.settings = settings;
        this.clock = clock;
    }

    /** The next number of today's sequence for {@code prefix}; must run inside the transaction that inserts it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix) {
        LocalDate today = LocalDate.now(clock.withZone(settings.current().timeZone()));
        String day = TicketNumber.DAY.format(today);
        int value = counters.bump(prefix, day);
        return TicketNumber.format(prefix, today, value);
    }
}

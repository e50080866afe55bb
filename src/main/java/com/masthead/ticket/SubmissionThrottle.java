package com.masthead.ticket;

import com.masthead.ratelimit.Allowance;
import com.masthead.ratelimit.RateLimits;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Per-address budgets for the public ticket forms (token buckets): each client (keyed by {@code
 * system.ClientAddress#keyOf}: an address, or an IPv6 /64) may submit each form {@code submissionsPerWindow}
 * times and look tickets up {@code lookupsPerWindow} times per {@code window}, the budget refilling gradually. The
 * buckets live in the shared rate-limit store ({@link RateLimits}): every instance spends from the same budget, and
 * a restart forgets nothing. Thread-safe.
 */
@Component
public class SubmissionThrottle {

    /** What a budget is for. */
    public enum Action {
        CORRECTION,
        REPRINT,
        LOOKUP
    }

    private final RateLimits limits;
    private final Map<Action, Allowance> allowances;

    SubmissionThrottle(RateLimits limits, TicketProperties properties) {
        this.limits = limits;
        this.allowances = Map.of(
                Action.CORRECTION,
                new Allowance("ticket-correction", properties.submissionsPerWindow(), properties.window()),
                Action.REPRINT,
                new Allowance("ticket-reprint", properties.submissionsPerWindow(), properties.window()),
                Action.LOOKUP,
                new Allowance("ticket-lookup", properties.lookupsPerWindow(), properties.window()));
    }

    /**
     * Takes one unit of the client's budget: empty when allowed, else how long until the next unit (whole seconds,
     * at least one). {@code address} is the client key ({@code ClientAddress#keyOf}), so all addresses of one IPv6
     * /64 share one budget.
     */
    public Optional<Duration> tryAcquire(Action action, String address) {
        return limits.tryTake(allowances.get(action), address);
    }
}

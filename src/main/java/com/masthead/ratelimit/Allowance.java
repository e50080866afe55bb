package com.masthead.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A budget: {@code capacity} takes per {@code period}, refilled gradually (greedily). {@code name} keeps the
 * buckets of different budgets apart ({@code comment-post}, {@code ticket-lookup}, …); it is part of every key.
 */
public record Allowance(String name, int capacity, Duration period) {

    public Allowance {
        Objects.requireNonNull(name, "name");
        if (capacity <= 0 || period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("an allowance needs a positive capacity and period: " + name);
        }
    }
}

/**
 * Rate limits: token buckets (bucket4j) kept in one table, {@code rate_limit_bucket}, that every instance shares,
 * so a budget is exact across instances and survives restarts. On PostgreSQL through bucket4j's own JDBC backend,
 * on SQLite through the same bucket4j extension point over the same table. Owns no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rate limits")
package com.masthead.ratelimit;

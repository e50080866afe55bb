/**
 * Cross-cutting wiring: configuration properties, the clock, database dialect set-up (SQLite data directory,
 * Flyway placeholders), HTTP security and the translation of domain exceptions into RFC 9457 problem documents
 * for the JSON API, and the JDBC adapter of the change signals between instances (table {@code change_signal}). It
 * owns no business data.
 */
package com.masthead.system;

/**
 * Cross-cutting wiring: configuration properties, the clock, database dialect set-up (SQLite data directory,
 * Flyway placeholders), HTTP security and the translation of domain exceptions into RFC 9457 problem documents
 * for the JSON API. It owns no business data.
 */
package com.masthead.system;

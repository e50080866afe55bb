/**
 * Backup and restore (备份与恢复) of a single-node site on the embedded SQLite database: the one-shot commands
 * {@code --masthead.backup=<dir>} (an online copy through SQLite's backup API while the site keeps serving, plus the
 * media, digital-edition and ticket-attachment files, with a manifest of SHA-256 checksums, the schema version and
 * the audit chain's head) and {@code --masthead.restore=<backup>} (verifies every checksum and the audit chain, then
 * swaps the data directory), and the optional scheduled backup that keeps the newest N. It owns no table and
 * publishes no events. PostgreSQL sites use {@code pg_dump} or the portable archive instead (docs/backup.md).
 */
package com.masthead.backup;

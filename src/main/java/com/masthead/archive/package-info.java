/**
 * Archive (数据归档): the portable archive, one zip file that holds every table worth keeping as JSON lines (in
 * foreign-key order, rows ordered by primary key, values written the same way from SQLite and PostgreSQL) plus the
 * files of the store (media, e-paper files, ticket attachments), described by a versioned manifest with SHA-256
 * checksums. {@code --masthead.export=<file>} writes one from a consistent snapshot while the site keeps serving;
 * {@code --masthead.import=<file>} loads one into an empty database of either kind in one transaction, keeping ids
 * and the audit chain; administrators also start an export from {@code /admin/archive} and follow its progress
 * there. It reads every table through the database's own metadata, so it owns no table and
 * publishes no events (docs/archive.md).
 */
package com.masthead.archive;

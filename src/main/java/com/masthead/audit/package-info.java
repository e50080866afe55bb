/**
 * The audit trail (审计日志): an append-only, tamper-evident log of logins, failed logins, logouts and every domain
 * event marked {@link com.masthead.shared.AuditedEvent} (role changes, workflow transitions, publication changes),
 * with who, when, what and from where. Entries are written synchronously inside the transaction that made the
 * change, numbered without gaps and chained by SHA-256 hashes, so that a changed, removed or inserted row is found
 * by {@link com.masthead.audit.AuditChainVerifier}. Nothing in the application updates or deletes an entry; the
 * database refuses it too. Owns the tables {@code audit_entry} and {@code audit_chain_head}. Other modules never
 * call this one: they publish their events and this module listens.
 */
package com.masthead.audit;

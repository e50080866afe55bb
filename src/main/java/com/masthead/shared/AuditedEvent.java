package com.masthead.shared;

/**
 * A domain event that belongs in the audit trail. Modules mark their events with this interface instead of
 * calling the audit module; the audit module records every such event synchronously, inside the transaction that
 * published it, so an audit entry exists exactly when the change it describes was committed.
 *
 * <p>Implementations are immutable records; every method returns the same value on every call.
 */
public interface AuditedEvent {

    /** A stable, dotted action name such as {@code article.submitted} or {@code staff.role-changed}; never null. */
    String auditAction();

    /** Who did it: a staff login name, {@code api:<token name>}, or {@code system}; never null. */
    String auditActor();

    /** What it was done to, e.g. {@code article:42}; never null. */
    String auditSubject();

    /** A short human-readable detail (reason, level, old and new values); may be empty, never null. */
    String auditDetail();
}

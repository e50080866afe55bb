package com.masthead.epaper;

import com.masthead.shared.AuditedEvent;

/**
 * An editor created, changed, accepted or deleted an area of a print page ({@code action} is
 * {@code epaper.area-created}, {@code epaper.area-changed}, {@code epaper.area-accepted} or
 * {@code epaper.area-deleted}). Recorded in the audit trail inside the change's transaction.
 */
public record AreaChanged(String action, long areaId, long pageId, String actor, String detail)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return action;
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "epaper-area:" + areaId;
    }

    @Override
    public String auditDetail() {
        return "page " + pageId + ": " + detail;
    }
}

package com.masthead.epaper;

import com.masthead.shared.AuditedEvent;

/** An editor set the print order and continuations of a page's articles; {@code detail} lists them in order. */
public record PlacementsChanged(long pageId, String actor, String detail) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "epaper.placements-changed";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "newspaper-page:" + pageId;
    }

    @Override
    public String auditDetail() {
        return detail;
    }
}

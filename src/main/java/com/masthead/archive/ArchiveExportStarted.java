package com.masthead.archive;

import com.masthead.shared.AuditedEvent;

/** An administrator started an export of the whole site (password hashes included) from the staff UI. */
public record ArchiveExportStarted(String by, String name) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "archive.export-started";
    }

    @Override
    public String auditActor() {
        return by;
    }

    @Override
    public String auditSubject() {
        return "archive:" + name;
    }

    @Override
    public String auditDetail() {
        return "";
    }
}

package com.masthead.backup.web;

import com.masthead.backup.BackupStatus;
import com.masthead.shared.Messages;

/**
 * The latest backup run as the progress bar reads it ({@code /admin/backups/status.json}): {@code state} is
 * {@code idle}, {@code running}, {@code done} or {@code failed}; {@code text} the translated line to show.
 */
public record BackupStatusResponse(String state, long done, long total, String text, String backup, String reason) {

    static BackupStatusResponse of(BackupStatus status, Messages t) {
        String state = status.state().name().toLowerCase();
        String text = switch (status.state()) {
            case IDLE -> t.get("backup.status.idle");
            case RUNNING -> t.get("backup.stage." + status.stage()) + " " + status.done() + " / " + status.total();
            case DONE -> t.get("backup.status.done", status.backup());
            case FAILED -> t.get("backup.status.failed");
        };
        return new BackupStatusResponse(
                state, status.done(), Math.max(1, status.total()), text, status.backup(), status.reason());
    }
}

package com.masthead.backup;

import java.time.Instant;

/**
 * One backup in the backup directory, as its manifest describes it.
 *
 * @param verified the audit chain of the copied database verified when the backup was made
 */
public record BackupListing(
        String name, Instant createdAt, long bytes, int files, String schemaVersion, boolean verified) {

    static BackupListing of(String name, BackupManifest manifest) {
        return new BackupListing(
                name,
                manifest.createdAt(),
                manifest.totalBytes(),
                manifest.files().size(),
                manifest.schemaVersion(),
                manifest.auditHead().verified());
    }
}

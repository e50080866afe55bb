package com.masthead.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds, written last as {@code manifest.json}: every file with its size and SHA-256 (the database
 * {@code masthead.db} first), the database's schema version (the newest applied Flyway migration), the audit
 * chain's head in the copied database, and the store the files came from ({@code local}; with {@code s3} the
 * bucket is the durable copy of the files and the backup holds the database only).
 *
 * @param format the layout's version; a restore refuses a newer one
 */
record BackupManifest(
        int format,
        Instant createdAt,
        String schemaVersion,
        AuditHead auditHead,
        String storage,
        List<FileEntry> files) {

    static final int FORMAT = 1;
    static final String FILE_NAME = "manifest.json";
    static final String DATABASE = "masthead.db";

    /** The newest audit entry of the copied database and whether the whole chain verified when it was copied. */
    record AuditHead(long seq, String hash, boolean verified) {}

    /** One file, by its path inside the backup ({@code /}-separated: {@code media/ab/<hash>-o.jpg}). */
    record FileEntry(String path, long size, String sha256) {}

    long totalBytes() {
        return files.stream().mapToLong(FileEntry::size).sum();
    }
}

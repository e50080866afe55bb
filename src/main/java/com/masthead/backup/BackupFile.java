package com.masthead.backup;

import com.masthead.audit.AuditChainVerifier;
import com.masthead.audit.ChainVerification;
import java.nio.file.Path;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Facts read from a copied database file (never the live one): its schema version and its audit chain, walked
 * entry by entry by the audit module's verifier. One connection, closed before returning.
 */
final class BackupFile {

    private BackupFile() {}

    /** What the copy says about itself. */
    record Facts(String schemaVersion, ChainVerification auditChain) {}

    static Facts read(Path databaseFile) {
        SingleConnectionDataSource database =
                new SingleConnectionDataSource("jdbc:sqlite:" + databaseFile.toAbsolutePath(), true);
        try {
            String schema = new SchemaHistoryRepository(database).appliedVersion();
            return new Facts(schema, AuditChainVerifier.of(database).verify());
        } finally {
            database.destroy();
        }
    }
}

package com.masthead.archive;

import com.masthead.storage.ObjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Loads a portable archive into an empty, migrated database, all or nothing: the archive is checked completely
 * first (format, schema version, every checksum), then every table is inserted in one transaction (ids kept; on
 * PostgreSQL the identity sequences are moved past them), the files are put into the store, and the transaction
 * commits only when all of that succeeded. On any failure the transaction rolls back and the files this import put
 * are deleted again. See docs/archive.md for why the target must be empty and how start-up bootstraps wait.
 */
final class ArchiveImport {

    private final DataSource dataSource;
    private final ObjectStore store;
    private final Clock clock;

    ArchiveImport(DataSource dataSource, ObjectStore store, Clock clock) {
        this.dataSource = dataSource;
        this.store = store;
        this.clock = clock;
    }

    /** What an import loaded. */
    record Summary(long rows, long files, long millis, String throughput) {}

    Summary importFrom(Path file, Consumer<String> out) throws IOException, SQLException {
        try (ArchiveReader archive = ArchiveReader.open(file);
                Connection connection = dataSource.getConnection()) {
            Manifest manifest = archive.manifest();
            out.accept("import: " + file + " (" + manifest.format() + ", schema " + manifest.schemaVersion()
                    + ", written " + manifest.createdAt() + " from " + manifest.source() + ")");
            archive.requireSchemaAtMost(DatabaseSchema.schemaVersion(connection));
            Map<String, TableShape> tables = new HashMap<>();
            for (TableShape table : DatabaseSchema.tables(connection)) {
                tables.put(table.name(), table);
            }
            Map<String, Manifest.TableEntry> entries = checkedEntries(archive, manifest, tables, out);
            ArchiveFilesLoader files = new ArchiveFilesLoader(archive, store, clock, out);
            files.verify(manifest.files());
            return load(archive, connection, tables, entries, files, manifest);
        }
    }

    private Map<String, Manifest.TableEntry> checkedEntries(
            ArchiveReader archive, Manifest manifest, Map<String, TableShape> tables, Consumer<String> out) {
        Map<String, Manifest.TableEntry> entries = new HashMap<>();
        for (Manifest.TableEntry entry : manifest.tables()) {
            if (!tables.containsKey(entry.name()) || !ArchiveTables.carried(entry.name())) {
                throw new ArchiveRefusedException("the archive has a table " + entry.name()
                        + " that this database does not take; was it written by a newer version?");
            }
            if (entries.put(entry.name(), entry) != null) {
                throw new ArchiveRefusedException("the manifest lists the table " + entry.name() + " twice");
            }
            archive.verify(entry.entry(), entry.sha256(), entry.bytes());
        }
        out.accept("import: checksums of " + entries.size() + " tables verified");
        return entries;
    }

    private Summary load(
            ArchiveReader archive,
            Connection connection,
            Map<String, TableShape> tables,
            Map<String, Manifest.TableEntry> entries,
            ArchiveFilesLoader files,
            Manifest manifest)
            throws IOException, SQLException {
        boolean postgres = DatabaseSchema.isPostgres(connection);
        long total =
                entries.values().stream().mapToLong(Manifest.TableEntry::rows).sum();
        Progress progress = new Progress("import", total, clock, files.out());
        connection.setAutoCommit(false);
        try {
            TargetDatabase target = new TargetDatabase(connection, postgres);
            target.begin();
            target.requireEmpty(tables.values().stream()
                    .filter(t -> ArchiveTables.carried(t.name()))
                    .toList());
            TableLoader loader = new TableLoader(archive, connection, progress);
            for (TableShape table : DatabaseSchema.tables(connection)) {
                Manifest.TableEntry entry = entries.get(table.name());
                if (entry == null) {
                    continue;
                }
                if (ArchiveTables.SEEDED_BY_MIGRATIONS.contains(table.name())) {
                    target.clear(table);
                }
                progress.startTable(table.name(), entry.rows());
                loader.load(table, entry);
                progress.endTable();
            }
            target.requireNoDanglingReferences();
            target.moveSequencesPastIds(List.copyOf(tables.values()));
            files.load(manifest.files());
            connection.commit();
            progress.note("import: committed " + progress.rows() + " rows (" + progress.throughput() + ") and "
                    + manifest.files().count() + " files");
            return new Summary(
                    progress.rows(), manifest.files().count(), progress.elapsedMillis(), progress.throughput());
        } catch (IOException | SQLException | RuntimeException e) {
            rollback(connection, e);
            files.undo();
            if (e instanceof SQLException sql) {
                throw DatabaseRefusal.of("the archive", sql);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}

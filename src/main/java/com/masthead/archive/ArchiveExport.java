package com.masthead.archive;

import com.masthead.storage.ObjectStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a portable archive (docs/archive.md) from one snapshot of the database while the site keeps serving:
 * every carried table as JSON lines in dependency order, rows by primary key, then every file of the store under
 * {@code media/}, {@code epaper/} and {@code attachments/}, the files index, and the manifest last. Streams: rows
 * are read through a cursor and written as they come, files are copied through, so memory does not grow with the
 * archive (the file keys of one folder are sorted in memory). Writes {@code <file>.part} and renames it when
 * complete, so a failed export leaves no archive behind. Files are append-only, so every file a snapshot row names
 * is in the archive; files added after the snapshot may be too.
 */
final class ArchiveExport {

    static final List<String> FOLDERS = List.of("media/", "epaper/", "attachments/");

    private final DataSource dataSource;
    private final ObjectStore store;
    private final Clock clock;
    private final JsonMapper json = ArchiveJson.mapper();

    ArchiveExport(DataSource dataSource, ObjectStore store, Clock clock) {
        this.dataSource = dataSource;
        this.store = store;
        this.clock = clock;
    }

    /** What an export wrote. */
    record Summary(long rows, long files, long bytes, long millis, String throughput) {}

    Summary export(Path file, Consumer<String> out) throws IOException, SQLException {
        return export(file, out, percent -> {});
    }

    /** The same, telling {@code percent} the share of all rows written each time it changes. */
    Summary export(Path file, Consumer<String> out, IntConsumer percent) throws IOException, SQLException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        try (DatabaseSnapshot snapshot = DatabaseSnapshot.open(dataSource);
                OutputStream raw = Files.newOutputStream(part);
                ZipEntryWriter zip = new ZipEntryWriter(new java.io.BufferedOutputStream(raw, 1 << 16))) {
            String schemaVersion =
                    DatabaseSchema.schemaVersion(snapshot.connection()).getVersion();
            List<TableShape> tables = DatabaseSchema.tables(snapshot.connection()).stream()
                    .filter(t -> ArchiveTables.carried(t.name()))
                    .toList();
            TreeMap<String, Long> counts = new TreeMap<>();
            for (TableShape table : tables) {
                counts.put(table.name(), count(snapshot, table));
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            out.accept(
                    "export: schema version " + schemaVersion + ", " + tables.size() + " tables, " + total + " rows");
            Progress progress = new Progress("export", total, clock, out, percent);
            List<Manifest.TableEntry> entries = new ArrayList<>();
            for (TableShape table : tables) {
                progress.startTable(table.name(), counts.get(table.name()));
                entries.add(writeTable(snapshot, table, zip, progress));
                progress.endTable();
            }
            Manifest.FilesEntry files = new ArchiveFilesWriter(store, zip, clock, out).write(FOLDERS);
            Manifest manifest = new Manifest(
                    ArchiveTables.FORMAT,
                    schemaVersion,
                    clock.instant().toString(),
                    snapshot.connection().getMetaData().getDatabaseProductName(),
                    entries,
                    files,
                    new TreeMap<>(ArchiveTables.LEFT_OUT));
            try (OutputStream entry = zip.begin(Manifest.ENTRY, true)) {
                json.writerWithDefaultPrettyPrinter().writeValue(entry, manifest);
            }
            zip.end();
            out.accept("export: " + progress.rows() + " rows (" + progress.throughput() + "), " + files.count()
                    + " files (" + files.bytes() + " bytes)");
            zip.close();
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(
                    progress.rows(), files.count(), Files.size(file), progress.elapsedMillis(), progress.throughput());
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    private static long count(DatabaseSnapshot snapshot, TableShape table) throws SQLException {
        try (Statement statement = snapshot.connection().createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table.name())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Manifest.TableEntry writeTable(
            DatabaseSnapshot snapshot, TableShape table, ZipEntryWriter zip, Progress progress)
            throws IOException, SQLException {
        String sql = "select " + String.join(", ", table.columnNames()) + " from " + table.name() + " order by "
                + table.orderKey().stream()
                        .map(c -> snapshot.postgres() && table.column(c).kind() == ColumnKind.TEXT
                                ? c + " collate \"C\""
                                : c)
                        .collect(Collectors.joining(", "));
        long rows = 0;
        try (OutputStream entry = zip.begin(table.entryName(), true);
                JsonGenerator generator = json.createGenerator(entry);
                Statement statement = snapshot.connection().createStatement()) {
            statement.setFetchSize(DatabaseSnapshot.FETCH_SIZE);
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    long before = zip.bytesSoFar();
                    generator.writeStartObject();
                    for (int i = 0; i < table.columns().size(); i++) {
                        TableShape.Column column = table.columns().get(i);
                        generator.writeName(column.name());
                        column.kind().copy(row, i + 1, generator);
                    }
                    generator.writeEndObject();
                    generator.writeRaw('\n');
                    generator.flush();
                    rows++;
                    progress.row(zip.bytesSoFar() - before);
                }
            }
        }
        ZipEntryWriter.Written written = zip.end();
        return new Manifest.TableEntry(
                table.name(),
                table.entryName(),
                table.columnNames(),
                table.primaryKey(),
                rows,
                written.bytes(),
                written.sha256());
    }
}

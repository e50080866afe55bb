package com.masthead.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Inserts one table's JSON lines in batches, checking each line as it goes: exactly the manifest's columns, values
 * of the column's kind, primary keys strictly ascending (so a repeated id is found without remembering ids). A
 * column referring to the same table (a channel's parent) is inserted empty and set in a second pass over the
 * entry, so a child may come before its parent. Streams: one batch in memory.
 */
final class TableLoader {

    static final int BATCH = 500;

    private final ArchiveReader archive;
    private final Connection connection;
    private final Progress progress;

    TableLoader(ArchiveReader archive, Connection connection, Progress progress) {
        this.archive = archive;
        this.connection = connection;
        this.progress = progress;
    }

    void load(TableShape table, Manifest.TableEntry entry) throws IOException, SQLException {
        List<String> columns = List.copyOf(entry.columns());
        Set<String> known = new HashSet<>(table.columnNames());
        for (String column : columns) {
            if (!known.contains(column)) {
                throw new ArchiveRefusedException(entry.entry() + " has a column " + column + " that the table "
                        + table.name() + " does not have here");
            }
        }
        String sql = "insert into " + table.name() + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        long rows = 0;
        CountingInputStream counted = new CountingInputStream(archive.open(entry.entry()));
        try (BufferedReader lines = reader(counted);
                PreparedStatement insert = connection.prepareStatement(sql)) {
            KeyOrder order = new KeyOrder(table, entry.entry());
            String line;
            int batched = 0;
            while ((line = lines.readLine()) != null) {
                rows++;
                JsonNode row = parse(line, entry.entry(), rows);
                requireColumns(row, columns, entry.entry(), rows);
                order.accept(row, rows);
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    JsonNode value = table.selfReferences().contains(column) ? null : row.get(column);
                    bind(table.column(column).kind(), value, insert, i + 1, entry.entry(), rows, column);
                }
                insert.addBatch();
                progress.row(counted.take());
                if (++batched == BATCH) {
                    execute(insert, table);
                    batched = 0;
                }
            }
            if (batched > 0) {
                execute(insert, table);
            }
        }
        if (rows != entry.rows()) {
            throw new ArchiveRefusedException(
                    entry.entry() + " has " + rows + " rows, the manifest says " + entry.rows());
        }
        if (!table.selfReferences().isEmpty()) {
            linkSelfReferences(table, entry);
        }
    }

    private void linkSelfReferences(TableShape table, Manifest.TableEntry entry) throws IOException, SQLException {
        for (String column : table.selfReferences()) {
            String sql = "update " + table.name() + " set " + column + " = ? where "
                    + table.primaryKey().stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
            try (BufferedReader lines = reader(entry.entry());
                    PreparedStatement update = connection.prepareStatement(sql)) {
                String line;
                long number = 0;
                int batched = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    JsonNode row = parse(line, entry.entry(), number);
                    if (row.get(column).isNull()) {
                        continue;
                    }
                    bind(table.column(column).kind(), row.get(column), update, 1, entry.entry(), number, column);
                    for (int k = 0; k < table.primaryKey().size(); k++) {
                        String key = table.primaryKey().get(k);
                        bind(table.column(key).kind(), row.get(key), update, k + 2, entry.entry(), number, key);
                    }
                    update.addBatch();
                    if (++batched == BATCH) {
                        execute(update, table);
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    execute(update, table);
                }
            }
        }
    }

    private BufferedReader reader(String name) throws IOException {
        return reader(archive.open(name));
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private JsonNode parse(String line, String entry, long number) {
        try {
            JsonNode row = archive.json().readTree(line);
            if (row == null || !row.isObject()) {
                throw new ArchiveRefusedException(entry + " line " + number + " is not a JSON object");
            }
            return row;
        } catch (JacksonException e) {
            throw new ArchiveRefusedException(
                    entry + " line " + number + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void requireColumns(JsonNode row, List<String> columns, String entry, long number) {
        if (row.size() != columns.size() || !columns.stream().allMatch(row::has)) {
            List<String> found = new ArrayList<>(row.propertyNames());
            throw new ArchiveRefusedException(
                    entry + " line " + number + " has the columns " + found + ", the manifest says " + columns);
        }
    }

    private static void bind(
            ColumnKind kind,
            JsonNode value,
            PreparedStatement statement,
            int index,
            String entry,
            long number,
            String column)
            throws SQLException {
        try {
            kind.bind(value, statement, index);
        } catch (IllegalArgumentException e) {
            throw new ArchiveRefusedException(
                    entry + " line " + number + ", column " + column + ": " + e.getMessage() + ", found " + value);
        }
    }

    private static void execute(PreparedStatement statement, TableShape table) throws SQLException {
        try {
            statement.executeBatch();
        } catch (BatchUpdateException e) {
            throw DatabaseRefusal.of(table.name(), e);
        }
    }
}

package com.masthead.archive;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Reads the tables of the connected database from its JDBC metadata (SQLite and PostgreSQL alike) and orders them
 * so that every table comes after the tables it refers to (ties by name), which is the order an import can insert
 * them in with the foreign keys checked.
 */
final class DatabaseSchema {

    private DatabaseSchema() {}

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }

    /** Every table but Flyway's history and SQLite's own, in dependency order. */
    static List<TableShape> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = isPostgres(connection) ? connection.getSchema() : null;
        Map<String, TableShape> byName = new TreeMap<>();
        for (String name : tableNames(meta, schema)) {
            byName.put(name, shape(meta, schema, name));
        }
        return dependencyOrder(byName);
    }

    /** The highest successfully applied Flyway version ({@code 15.7}), or {@code 0} before any migration. */
    static MigrationVersion schemaVersion(Connection connection) throws SQLException {
        MigrationVersion latest = MigrationVersion.fromVersion("0");
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version from flyway_schema_history where success = true and version is not null")) {
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                if (version.isNewerThan(latest)) {
                    latest = version;
                }
            }
        }
        return latest;
    }

    private static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("sqlite_") && !name.equals("flyway_schema_history")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static TableShape shape(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, TableShape.Column> columns = new TreeMap<>();
        try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
            while (rows.next()) {
                String name = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                columns.put(name, new TableShape.Column(name, ColumnKind.of(rows.getString("TYPE_NAME"))));
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        TreeSet<String> parents = new TreeSet<>();
        TreeSet<String> selfReferences = new TreeSet<>();
        try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                String parent = rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (parent.equals(table)) {
                    selfReferences.add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                } else {
                    parents.add(parent);
                }
            }
        }
        return new TableShape(
                table,
                List.copyOf(columns.values()),
                List.copyOf(key.values()),
                List.copyOf(parents),
                List.copyOf(selfReferences));
    }

    private static List<TableShape> dependencyOrder(Map<String, TableShape> byName) {
        Map<String, TableShape> ordered = new LinkedHashMap<>();
        while (ordered.size() < byName.size()) {
            TableShape next = byName.values().stream()
                    .filter(t -> !ordered.containsKey(t.name()))
                    .filter(t -> t.parents().stream().allMatch(p -> ordered.containsKey(p) || !byName.containsKey(p)))
                    .min(Comparator.comparing(TableShape::name))
                    .orElseThrow(() -> new IllegalStateException("the tables' foreign keys form a cycle"));
            ordered.put(next.name(), next);
        }
        return List.copyOf(ordered.values());
    }
}
